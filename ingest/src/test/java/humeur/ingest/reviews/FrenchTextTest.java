package humeur.ingest.reviews;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrenchTextTest {
    @Test
    void frenchReviews() {
        assertTrue(FrenchText.isFrench("Un très beau film sur la famille et sur ce qu'on se dit trop tard."));
        assertTrue(FrenchText.isFrench("Nul. Je suis partie au bout d'une heure, et je n'étais pas la seule."));
        assertTrue(FrenchText.isFrench("Chef-d'œuvre. Rien à ajouter, allez-y, c'est le plus beau film de l'année."));
        assertTrue(FrenchText.isFrench("Scénario bâclé, acteurs à côté, musique envahissante : à éviter."));
    }

    @Test
    void otherLanguages() {
        assertFalse(FrenchText.isFrench("I saw this in Paris with subtitles and it was lovely. The two sisters are "
                + "played with so much warmth."));
        assertFalse(FrenchText.isFrench("La película es muy buena y los actores son excelentes, la recomiendo."));
        assertFalse(FrenchText.isFrench("Der Film ist wirklich gut und die Schauspieler sind großartig."));
        assertFalse(FrenchText.isFrench("Il film è bellissimo, gli attori sono bravi e la storia commuove."));
    }

    @Test
    void tooShortToTellIsKept() {
        assertTrue(FrenchText.isFrench("Génial !"));
        assertTrue(FrenchText.isFrench("Great movie"));
    }

    /** Nearly every review of the AlloCiné training set reads as French (skipped when ../shared/data is absent). */
    @Test
    void acceptsTheReviewsOfTheAllocineSet() throws Exception {
        Path train = Path.of("..", "..", "shared", "data", "sentiment", "allocine", "train.csv");
        Assumptions.assumeTrue(Files.isRegularFile(train), "../shared/data/sentiment/allocine/train.csv is absent");
        int reviews = 0;
        int french = 0;
        try (BufferedReader in = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                reviews++;
                french += FrenchText.isFrench(line) ? 1 : 0;
            }
        }
        assertTrue(reviews > 100);
        assertTrue(french >= reviews * 0.995, french + " of " + reviews);
    }
}
