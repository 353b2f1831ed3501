package humeur.corpora.labelled;

import humeur.ingest.reviews.ReviewLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review scraper's labelled CSV is read by the labelled-set readers, in both label schemes. */
class ScrapedReviewsTest {
    @TempDir
    Path dir;

    private static String review(String id, double rating, String text) {
        return String.format(java.util.Locale.ROOT, "{\"site\":\"allocine\",\"film_id\":\"1001\",\"film_title\":\"Le Film\","
                + "\"review_id\":\"%s\",\"author\":\"Spectateur\",\"rating\":\"%s\",\"rating_out_of_5\":%s,"
                + "\"date\":\"2024-03-12\",\"text\":\"%s\",\"url\":\"https://www.allocine.fr/film/fichefilm-1001/critiques/spectateurs/\"}",
                id, String.valueOf(rating).replace('.', ','), rating, text);
    }

    @Test
    void labelledReviewsReadBackWithTheirClasses() throws Exception {
        Path reviews = dir.resolve("reviews.jsonl");
        Files.write(reviews, List.of(
                review("1", 4.5, "Un chef-d'œuvre, « bouleversant », je le reverrai.\\nVraiment."),
                review("2", 1.0, "Ennuyeux du début à la fin, quel dommage."),
                review("3", 3.0, "Correct, sans plus, mais les acteurs sont bons.")), StandardCharsets.UTF_8);

        Path binary = dir.resolve("binary.csv");
        try (Writer csv = Files.newBufferedWriter(binary, StandardCharsets.UTF_8)) {
            ReviewLabels.write(reviews, humeur.ingest.reviews.LabelScheme.defaults(), csv);
        }
        List<LabelledText> two = LabelledSets.open(binary, LabelScheme.BINARY).readAll();
        assertEquals(List.of(Sentiment.POSITIVE, Sentiment.NEGATIVE), two.stream().map(LabelledText::label).toList());
        assertEquals("Un chef-d'œuvre, « bouleversant », je le reverrai. Vraiment.", two.get(0).text());

        Path three = dir.resolve("three.csv");
        try (Writer csv = Files.newBufferedWriter(three, StandardCharsets.UTF_8)) {
            ReviewLabels.write(reviews, humeur.ingest.reviews.LabelScheme.defaults().withNeutral(true), csv);
        }
        assertEquals(List.of(Sentiment.POSITIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL),
                LabelledSets.open(three, LabelScheme.THREE_CLASS).readAll().stream()
                        .map(LabelledText::label).toList());
    }
}
