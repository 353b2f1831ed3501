package humeur.classifier;

import de.bwaldvogel.liblinear.Feature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts as TF-IDF n-gram vectors: which n-grams, how they are weighed, and the file they are saved in. */
class NgramFeaturesTest {
    private static final List<String> TEXTS = List.of("Trop bien ce film", "Ce film est nul", "trop nul 😢",
            "Bien joué 😢", "un film");

    @Test
    void wordTermsAreTheTokensAndTheirBigrams() {
        assertEquals(List.of("xxbos", "xxmaj", "xxbos xxmaj", "trop", "xxmaj trop", "bien", "trop bien"),
                NgramFeatures.terms("Trop bien"));
    }

    @Test
    void characterGramsStayInsideWordsAndCountAnEmojiAsOneCharacter() {
        List<String> grams = NgramFeatures.charGrams("Nul 😢");
        assertTrue(grams.containsAll(List.of(" n", "nu", "ul", "l ", " nul", " nul ", " 😢", "😢 ", " 😢 ")), grams.toString());
        assertTrue(grams.stream().noneMatch(g -> g.contains("l 😢")), "no gram crosses a space");
        assertTrue(grams.stream().allMatch(g -> g.codePoints().count() >= 2 && g.codePoints().count() <= 5));
    }

    @Test
    void aVectorIsSortedUnitLengthWithTheBiasLast() {
        NgramFeatures features = NgramFeatures.fit(TEXTS, 2);
        Feature[] vector = features.vector("Ce film est trop nul");
        double squares = 0;
        for (int k = 0; k < vector.length - 1; k++) {
            assertTrue(k == 0 || vector[k].getIndex() > vector[k - 1].getIndex());
            squares += vector[k].getValue() * vector[k].getValue();
        }
        assertEquals(1, squares, 1e-9); // two blocks of length sqrt(1/2)
        assertEquals(features.size() + 1, vector[vector.length - 1].getIndex());
        assertEquals(1, vector[vector.length - 1].getValue());
        // nothing known: every text's xxbos and the bias
        assertEquals(List.of(features.vector("").length, 2), List.of(features.vector("zzz qqq").length, 2));
    }

    @Test
    void aTextOfAMillionCharactersIsCountedNotListed() {
        NgramFeatures features = NgramFeatures.fit(TEXTS, 1);
        Feature[] vector = features.vector("Trop bien ce film 😢 ".repeat(50_000)); // 1 M characters
        assertEquals(features.vector("Trop bien ce film 😢").length, vector.length);
    }

    @Test
    void onlyNgramsInEnoughTextsAreKept() {
        NgramFeatures once = NgramFeatures.fit(TEXTS, 1);
        NgramFeatures twice = NgramFeatures.fit(TEXTS, 2);
        assertTrue(twice.size() < once.size());
        assertEquals(twice.vector("").length, twice.vector("joué").length, "\"joué\" is in one text only");
        assertTrue(once.vector("joué").length > once.vector("").length);
    }

    @Test
    void theFileReadsBackAsTheSameFeatures() throws ModelFileException {
        NgramFeatures features = NgramFeatures.fit(TEXTS, 1);
        NgramFeatures read = NgramFeatures.read(features.write(), "features.tsv");
        assertEquals(features.size(), read.size());
        Feature[] a = features.vector("Trop bien ce film 😢");
        Feature[] b = read.vector("Trop bien ce film 😢");
        assertArrayEquals(java.util.Arrays.stream(a).mapToInt(Feature::getIndex).toArray(),
                java.util.Arrays.stream(b).mapToInt(Feature::getIndex).toArray());
        for (int k = 0; k < a.length; k++) {
            assertEquals(a[k].getValue(), b[k].getValue(), 1e-5);
        }
    }

    @Test
    void aDamagedFileIsAnErrorNamingItsLine() {
        String text = NgramFeatures.fit(TEXTS, 1).write();
        ModelFileException truncated = assertThrows(ModelFileException.class,
                () -> NgramFeatures.read(text.substring(0, text.length() - 3), "m/features.tsv"));
        assertTrue(truncated.getMessage().startsWith("m/features.tsv: truncated"), truncated.getMessage());
        String[] lines = text.split("\n");
        ModelFileException twice = assertThrows(ModelFileException.class,
                () -> NgramFeatures.read(lines[0] + "\n" + lines[0] + "\n", "m/features.tsv"));
        assertTrue(twice.getMessage().contains("line 2"), twice.getMessage());
        ModelFileException bad = assertThrows(ModelFileException.class,
                () -> NgramFeatures.read(lines[0] + "\nw\tmot\tbeaucoup\n", "m/features.tsv"));
        assertTrue(bad.getMessage().contains("line 2: not w|c<TAB>n-gram<TAB>idf"), bad.getMessage());
    }
}
