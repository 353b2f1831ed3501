package humeur.ingest.reviews;

import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewLabelsTest {
    @TempDir
    Path dir;

    private static String review(String id, double rating, String text) {
        return ReviewJson.line(new Review("allocine", "1", "Film", id, "A", Double.toString(rating), rating, null,
                text, "https://x/"));
    }

    private Path reviews(String... lines) throws Exception {
        return Files.writeString(dir.resolve("reviews.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void writesTheClassifiersCsvWithBinaryLabels() throws Exception {
        Path file = reviews(review("1", 4.5, "Très beau film,\nà voir."), review("2", 1, "Un \"navet\"."),
                review("3", 3, "Moyen."), review("4", 2.5, "Bof."), review("5", 4, "Bien."));
        StringWriter csv = new StringWriter();
        LabelReport report = ReviewLabels.write(file, LabelScheme.defaults(), csv);

        assertEquals("text,label\n\"Très beau film, à voir.\",1\n\"Un \"\"navet\"\".\",0\n\"Bien.\",1\n",
                csv.toString());
        assertEquals(List.of(1L, 2L), report.perClass());
        assertEquals(3, report.written());
        assertEquals(2, report.dropped());
    }

    @Test
    void keepsNeutralReviewsAsAThirdClass() throws Exception {
        Path file = reviews(review("1", 4.5, "Très beau."), review("2", 1, "Nul."), review("3", 3, "Moyen."));
        StringWriter csv = new StringWriter();
        LabelReport report = ReviewLabels.write(file, LabelScheme.defaults().withNeutral(true), csv);
        assertEquals("text,label\n\"Très beau.\",2\n\"Nul.\",0\n\"Moyen.\",1\n", csv.toString());
        assertEquals(List.of(1L, 1L, 1L), report.perClass());
        assertEquals(0, report.dropped());
    }

    @Test
    void measuresTheSpreadOfTextLengths() throws Exception {
        Path file = reviews(review("1", 5, "a".repeat(10)), review("2", 5, "é".repeat(20)),
                review("3", 1, "b".repeat(30)),
                review("4", 1, "c".repeat(40)), review("5", 5, "d".repeat(1000)));
        LabelReport report = ReviewLabels.write(file, LabelScheme.defaults(), new StringWriter());
        assertEquals(new LabelReport.LengthSpread(10, 20, 30, 40, 1000), report.lengths());
    }

    @Test
    void writesEachReviewOnceAndReportsLinesThatAreNotReviews() throws Exception {
        Path file = reviews(review("1", 5, "Super."), "{\"site\":\"allocine\",\"rev", review("1", 5, "Super."),
                "", "{\"text\":\"Sans note.\"}");
        StringWriter csv = new StringWriter();
        LabelReport report = ReviewLabels.write(file, LabelScheme.defaults(), csv);
        assertEquals("text,label\n\"Super.\",1\n", csv.toString());
        assertEquals(1, report.duplicates());
        assertEquals(2, report.skippedCount());
        assertEquals("line 2", report.skipped().get(0).location());
        assertEquals(new SkippedInput("line 5", "{\"text\":\"Sans note.\"}", "no rating_out_of_5"),
                report.skipped().get(1));
    }

    @Test
    void anEmptyFileGivesAHeaderAndNoLengths() throws Exception {
        StringWriter csv = new StringWriter();
        LabelReport report = ReviewLabels.write(Files.writeString(dir.resolve("empty.jsonl"), ""),
                LabelScheme.defaults(), csv);
        assertEquals("text,label\n", csv.toString());
        assertNull(report.lengths());
    }

    @Test
    void aMissingOrBinaryFileIsSaidSo() throws Exception {
        Path missing = dir.resolve("nope.jsonl");
        assertEquals(missing + ": no such file", assertThrows(ReviewsException.class,
                () -> ReviewLabels.write(missing, LabelScheme.defaults(), new StringWriter())).getMessage());
        Path binary = Files.write(dir.resolve("photo.jsonl"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
        assertEquals(binary + ": not a review file (not UTF-8 text)", assertThrows(ReviewsException.class,
                () -> ReviewLabels.write(binary, LabelScheme.defaults(), new StringWriter())).getMessage());
    }

    /** The CSV reads like the AlloCiné set the classifier is trained on (skipped when ../shared/data is absent). */
    @Test
    void writesTheFormatOfTheAllocineSet() throws Exception {
        Path train = Path.of("..", "..", "shared", "data", "sentiment", "allocine", "train.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(train),
                "../shared/data/sentiment/allocine/train.csv is absent");
        List<String> reference = Files.readAllLines(train);
        StringWriter csv = new StringWriter();
        ReviewLabels.write(reviews(review("1", 5, "Bien.")), LabelScheme.defaults(), csv);
        assertEquals(reference.get(0), csv.toString().lines().findFirst().orElseThrow());
        assertEquals(true, reference.get(1).matches("\".*\",[01]"), "quoted text, then the label");
    }
}
