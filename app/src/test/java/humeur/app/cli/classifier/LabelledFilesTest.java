package humeur.app.cli.classifier;

import humeur.corpora.labelled.LabelScheme;
import humeur.corpora.labelled.LabelledText;
import humeur.corpora.labelled.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Review sets (0/1) and tweet sets (0/1/2) read together, each in its own scheme, without saying which is which. */
class LabelledFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsReadInItsOwnSchemeAndOneThreeClassFileMakesAThreeClassModel() throws IOException {
        Path reviews = dir.resolve("reviews.csv");
        Files.write(reviews, List.of("text,label", "Un chef-d'oeuvre.,1", "Ennuyeux.,0"));
        Path tweets = dir.resolve("tweets_text.txt");
        Files.write(tweets, List.of("trop bien", "bof", "nul"));
        Files.write(dir.resolve("tweets_labels.txt"), List.of("2", "1", "0"));

        assertEquals(List.of(Sentiment.POSITIVE, Sentiment.NEGATIVE), labels(LabelledFiles.read(reviews, null)));
        assertEquals(List.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE), labels(LabelledFiles.read(tweets, null)));
        assertEquals(LabelScheme.BINARY, LabelledFiles.schemeOf(List.of(reviews)));
        assertEquals(LabelScheme.THREE_CLASS, LabelledFiles.schemeOf(List.of(reviews, tweets)));
        // a scheme given is obeyed: the reviews' 1 read as neutral
        assertEquals(Sentiment.NEUTRAL, LabelledFiles.read(reviews, LabelScheme.THREE_CLASS).get(0).label());
    }

    private static List<Sentiment> labels(List<LabelledText> texts) {
        return texts.stream().map(LabelledText::label).toList();
    }
}
