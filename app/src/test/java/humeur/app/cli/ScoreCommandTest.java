package humeur.app.cli;

import humeur.app.score.WordListScorer;
import humeur.classifier.SentimentScore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCommandTest {
    @TempDir
    Path dir;

    private final ScoreCli cli = new ScoreCli();

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Map<String, Object>> records) {
        return records.stream().map(r -> (String) r.get("text")).toList();
    }

    /** Asserts a record is the fixture's score of its text, with the file and line given. */
    @SuppressWarnings("unchecked")
    private static void assertScored(Map<String, Object> record, String file, long line, String text) {
        SentimentScore expected = WordListScorer.of(text);
        assertEquals(file, record.get("file"));
        assertEquals(line, record.get("line"));
        assertEquals(text, record.get("text"));
        assertEquals(expected.label(), record.get("label"));
        assertEquals(expected.score(), (double) record.get("score"), 1e-6);
        Map<String, Object> p = (Map<String, Object>) record.get("probabilities");
        assertEquals(List.of("negative", "neutral", "positive"), new ArrayList<>(p.keySet()));
        assertEquals(expected.negative(), (double) p.get("negative"), 1e-6);
        assertEquals(expected.neutral(), (double) p.get("neutral"), 1e-6);
        assertEquals(expected.positive(), (double) p.get("positive"), 1e-6);
    }

    @Test
    void aTextFileGivesOneRecordPerLineWhateverTheText() throws Exception {
        List<String> lines = List.of("Trop bien, merci !", "", "   ", "😍😍", "x".repeat(200_000),
                "Привет 你好 c'est nul", "مرحبا 👋");
        Path file = write("messages.txt", String.join("\n", lines) + "\n");

        Cli.Result r = cli.run("score", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<Map<String, Object>> records = JsonRecords.parse(r.out());
        assertEquals(lines.size(), records.size());
        for (int i = 0; i < lines.size(); i++) {
            assertScored(records.get(i), file.toString(), i + 1, lines.get(i));
        }
        assertEquals("positive", records.get(0).get("label"));
        assertEquals("negative", records.get(5).get("label"));
        assertEquals("scored 7 texts, skipped 0 lines\n", r.err());
    }

    @Test
    void aCsvIsReadFromItsTextColumnOrTheOneNamed() throws Exception {
        Path csv = write("reviews.csv", "id,text,stars\n1,\"Super film, bravo\",5\n2,\"Nul.\nVraiment nul\",1\n");
        Path other = write("comments.csv", "id,body\n1,merci\n");

        Cli.Result r = cli.run("score", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<Map<String, Object>> records = JsonRecords.parse(r.out());
        assertScored(records.get(0), csv.toString(), 2, "Super film, bravo");
        assertScored(records.get(1), csv.toString(), 3, "Nul.\nVraiment nul");

        Cli.Result named = cli.run("score", "--column", "body", other.toString());
        assertEquals(0, named.exitCode(), named.err());
        assertScored(JsonRecords.parse(named.out()).get(0), other.toString(), 2, "merci");
    }

    @Test
    void aCsvWithoutTheColumnIsAnErrorNamingTheColumnsAndTheOtherFilesAreScored() throws Exception {
        Path csv = write("comments.csv", "id,body\n1,merci\n");
        Path txt = write("ok.txt", "bien\n");

        Cli.Result r = cli.run("score", csv.toString(), txt.toString());

        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + csv + ": no column \"text\" (columns found: id, body); name the column of the texts "
                + "with --column\nscored 1 text, skipped 0 lines\n", r.err());
        assertEquals(List.of("bien"), texts(JsonRecords.parse(r.out())));
    }

    @Test
    void aTsvIsReadFromItsTextColumn() throws Exception {
        Path tsv = write("sentences.tsv", "lang\ttext\nfra\tJ'adore ce \"truc\"\nfra\tC'est horrible\n");
        Cli.Result r = cli.run("score", tsv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<Map<String, Object>> records = JsonRecords.parse(r.out());
        assertScored(records.get(0), tsv.toString(), 2, "J'adore ce \"truc\"");
        assertScored(records.get(1), tsv.toString(), 3, "C'est horrible");
    }

    @Test
    void jsonLinesSkipBadLinesWithTheirNumbersAndGoOn() throws Exception {
        Path jsonl = write("in.jsonl", String.join("\n",
                "{\"text\": \"génial\"}",
                "{\"text\": \"pas fini",
                "{\"author\": \"Léa\"}",
                "{\"text\": \"triste\", \"author\": \"Léa\"}",
                "not json at all",
                "{\"text\": \"\"}"));

        Cli.Result r = cli.run("score", jsonl.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<Map<String, Object>> records = JsonRecords.parse(r.out());
        assertEquals(List.of(1L, 4L, 6L), records.stream().map(m -> m.get("line")).toList());
        assertScored(records.get(1), jsonl.toString(), 4, "triste");
        String[] err = r.err().split("\n");
        assertEquals(4, err.length, r.err());
        assertTrue(err[0].startsWith("humeur: " + jsonl + ": line 2: not valid JSON ("), err[0]);
        assertTrue(err[0].endsWith("), skipped"), err[0]);
        assertEquals("humeur: " + jsonl + ": line 3: no \"text\" string in this JSON object, skipped", err[1]);
        assertTrue(err[2].startsWith("humeur: " + jsonl + ": line 5: not valid JSON ("), err[2]);
        assertEquals("scored 3 texts, skipped 3 lines", err[3]);
    }

    @Test
    void invalidUtf8IsScoredWithAWarningNamingTheLine() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'b', 'i', 'e', 'n', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Cli.Result r = cli.run("score", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("bien", "caf\uFFFD"), texts(JsonRecords.parse(r.out())));
        assertEquals("humeur: " + file + ": line 2: invalid UTF-8, replaced by \uFFFD\n"
                + "scored 2 texts, skipped 0 lines (1 warning)\n", r.err());
    }

    @Test
    void standardInputIsLinesOfTextUnlessToldOtherwise() {
        Cli.Result plain = cli.stdin("super\nnul\n").run("score");
        assertEquals(0, plain.exitCode(), plain.err());
        List<Map<String, Object>> records = JsonRecords.parse(plain.out());
        assertScored(records.get(0), "-", 1, "super");
        assertScored(records.get(1), "-", 2, "nul");

        Cli.Result dash = cli.stdin("cool\n").run("score", "-");
        assertScored(JsonRecords.parse(dash.out()).get(0), "-", 1, "cool");

        Cli.Result jsonl = cli.stdin("{\"text\": \"top\"}\n{\"x\": 1}\n").run("score", "--input-format", "jsonl");
        assertEquals(0, jsonl.exitCode(), jsonl.err());
        assertEquals(List.of("top"), texts(JsonRecords.parse(jsonl.out())));
        assertEquals("humeur: stdin: line 2: no \"text\" string in this JSON object, skipped\n"
                + "scored 1 text, skipped 1 line\n", jsonl.err());
    }

    @Test
    void orderIsKeptAcrossBatchBoundaries() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(i % 3 == 0 ? "bien " + i : i % 3 == 1 ? "nul " + i : "texte " + i);
        }
        Path file = write("many.txt", String.join("\n", lines));

        Cli.Result r = cli.run("score", "--batch-size", "7", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<Map<String, Object>> records = JsonRecords.parse(r.out());
        assertEquals(lines, texts(records));
        for (int i = 0; i < lines.size(); i++) {
            assertScored(records.get(i), file.toString(), i + 1, lines.get(i));
        }
        List<Integer> batches = new ArrayList<>(Collections.nCopies(142, 7));
        batches.add(6);
        assertEquals(batches, cli.scorer("default").batches());
    }

    @Test
    void csvOutputParsesBackToTheSameTextsAndScores() throws Exception {
        Path jsonl = write("in.jsonl", "{\"text\": \"ligne 1\\nligne 2, \\\"citée\\\"\"}\n{\"text\": \"merci\"}\n");
        Path out = dir.resolve("scored.csv");

        Cli.Result r = cli.run("score", "--format", "csv", "-o", out.toString(), jsonl.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        try (CSVParser csv = CSVParser.parse(new StringReader(Files.readString(out)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("file", "line", "text", "label", "score", "negative", "neutral", "positive"),
                    csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(2, rows.size());
            List<String> texts = List.of("ligne 1\nligne 2, \"citée\"", "merci");
            for (int i = 0; i < 2; i++) {
                CSVRecord row = rows.get(i);
                SentimentScore expected = WordListScorer.of(texts.get(i));
                assertEquals(jsonl.toString(), row.get("file"));
                assertEquals(String.valueOf(i + 1), row.get("line"));
                assertEquals(texts.get(i), row.get("text"));
                assertEquals(expected.label(), row.get("label"));
                assertEquals(expected.score(), Float.parseFloat(row.get("score")), 1e-6);
                assertEquals(expected.negative(), Float.parseFloat(row.get("negative")), 1e-6);
                assertEquals(expected.neutral(), Float.parseFloat(row.get("neutral")), 1e-6);
                assertEquals(expected.positive(), Float.parseFloat(row.get("positive")), 1e-6);
            }
        }
    }

    @Test
    void aMissingModelFolderIsNamed() throws Exception {
        Path file = write("t.txt", "bien\n");
        Path out = dir.resolve("out.jsonl");
        Path none = dir.resolve("no-model");
        Cli.Result r = Cli.run("score", "--model", none.toString(), "-o", out.toString(), file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + none + ": no such model folder (a folder written by humeur classifier train)\n", r.err());
        assertTrue(Files.notExists(out), "no output file is left behind");
    }

    @Test
    void aMissingFileIsReportedAndTheOthersScored() throws Exception {
        Path file = write("t.txt", "bien\n");
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = cli.run("score", missing.toString(), file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + missing + ": no such file\nscored 1 text, skipped 0 lines\n", r.err());
        assertEquals(List.of("bien"), texts(JsonRecords.parse(r.out())));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, cli.run("score", "--batch-size", "0").exitCode());
        assertEquals(2, cli.run("score", "--format", "xml").exitCode());
        assertEquals(2, cli.run("score", "--input-format", "doc").exitCode());
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result r = Cli.run("score", "--help");
        assertEquals(0, r.exitCode());
        for (String section : List.of("SYNOPSIS", "DESCRIPTION", "ARGUMENTS", "OPTIONS", "EXIT STATUS", "EXAMPLES",
                "--model=DIR", "--format=jsonl|csv", "--column=NAME", "--input-format", "--output=FILE", "130")) {
            assertTrue(r.out().contains(section), section + " in:\n" + r.out());
        }
    }
}
