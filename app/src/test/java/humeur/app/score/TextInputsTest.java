package humeur.app.score;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextInputsTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final InputWarnings warnings = new InputWarnings(new PrintWriter(err, true));

    private List<TextRecord> readAll(TextInput input) throws IOException {
        List<TextRecord> records = new ArrayList<>();
        try (input) {
            for (TextRecord r; (r = input.next()) != null; ) {
                records.add(r);
            }
        }
        return records;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void txtIsOneTextPerLineBlankLinesIncludedWithoutAByteOrderMark() throws IOException {
        Path file = write("t.txt", "\uFEFFpremier\r\n\n  \nnon-final");
        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(file, null));
        assertEquals(List.of(new TextRecord(file.toString(), 1, "premier"), new TextRecord(file.toString(), 2, ""),
                new TextRecord(file.toString(), 3, "  "), new TextRecord(file.toString(), 4, "non-final")), records);
        assertEquals("", err.toString());
    }

    @Test
    void invalidUtf8IsReplacedAndWarnedWithItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("un\ndeux ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lone lead byte
        bytes.writeBytes(" fin\ntrois\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        Path file = write("bad.txt", bytes.toByteArray());

        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(file, null));

        assertEquals(List.of("un", "deux \uFFFD fin", "trois", "\uFFFD"), records.stream().map(TextRecord::text).toList());
        assertEquals("humeur: " + file + ": line 2: invalid UTF-8, replaced by \uFFFD\n"
                + "humeur: " + file + ": line 4: invalid UTF-8, replaced by \uFFFD\n", err.toString());
        assertEquals(2, warnings.warningCount());
        assertEquals(0, warnings.skippedCount());
    }

    @Test
    void invalidUtf8AcrossTheReadersBufferIsStillOnItsLine() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            text.append("ligne ").append(i).append(" é\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(good);
        bytes.write(0xE9); // Latin-1 é
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(
                new ByteArrayInputStream(bytes.toByteArray()), InputFormat.txt));
        assertEquals(20_001, records.size());
        assertEquals("ligne 20000 é", records.get(19_999).text());
        assertEquals("humeur: stdin: line 20001: invalid UTF-8, replaced by \uFFFD\n", err.toString());
    }

    @Test
    void aLineBeyondTheLimitIsSkippedAndTheNextOnesRead() throws IOException {
        Path file = write("long.txt", "a\n" + "x".repeat(TextInputs.MAX_TEXT_CHARS + 1) + "\nb\n"
                + "y".repeat(200_000) + "\n");
        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(file, null));
        assertEquals(List.of(1L, 3L, 4L), records.stream().map(TextRecord::line).toList());
        assertEquals(200_000, records.get(2).text().length());
        assertEquals("humeur: " + file + ": line 2: longer than 4,000,000 characters, skipped\n", err.toString());
    }

    @Test
    void jsonlSkipsBadLinesWithTheirNumbers() throws IOException {
        Path file = write("t.jsonl", String.join("\n",
                "{\"text\": \"bonjour\", \"id\": 1}",
                "{\"text\": ",
                "{\"id\": 3}",
                "",
                "[\"text\"]",
                "{\"text\": 5}",
                "{\"meta\": {\"text\": \"nested\"}, \"text\": \"à la fin\"}",
                "{\"text\": \"a\"} {\"text\": \"b\"}"));
        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(file, null));
        assertEquals(List.of(new TextRecord(file.toString(), 1, "bonjour"), new TextRecord(file.toString(), 7,
                "à la fin")), records);
        String[] lines = err.toString().split("\n");
        assertEquals(5, lines.length, err.toString());
        assertTrue(lines[0].startsWith("humeur: " + file + ": line 2: not valid JSON ("), lines[0]);
        assertEquals("humeur: " + file + ": line 3: no \"text\" string in this JSON object, skipped", lines[1]);
        assertTrue(lines[2].startsWith("humeur: " + file + ": line 5: not valid JSON (not a JSON object"), lines[2]);
        assertEquals("humeur: " + file + ": line 6: no \"text\" string in this JSON object, skipped", lines[3]);
        assertTrue(lines[4].startsWith("humeur: " + file + ": line 8: not valid JSON (more than one"), lines[4]);
        assertEquals(5, warnings.skippedCount());
    }

    @Test
    void csvRecordsSpanningLinesKeepTheLineTheyStartOn() throws IOException {
        Path file = write("t.csv", "id,text,label\n1,\"deux\nlignes\",pos\n2,simple,neg\n3\n4,\"des \"\"guillemets\"\"\",x\n");
        List<TextRecord> records = readAll(new TextInputs("text", warnings).open(file, null));
        assertEquals(List.of(new TextRecord(file.toString(), 2, "deux\nlignes"),
                new TextRecord(file.toString(), 4, "simple"),
                new TextRecord(file.toString(), 6, "des \"guillemets\"")), records);
        assertEquals("humeur: " + file + ": line 5: no value in column \"text\" (1 of 3 columns), skipped\n",
                err.toString());
    }

    @Test
    void aCsvWithoutTheColumnNamesTheFileAndTheColumnsFound() throws IOException {
        Path file = write("t.csv", "id,body\n1,salut\n");
        IOException e = assertThrows(IOException.class, () -> new TextInputs("text", warnings).open(file, null));
        assertEquals(file + ": no column \"text\" (columns found: id, body); name the column of the texts with "
                + "--column", e.getMessage());
        assertEquals(List.of("salut"), readAll(new TextInputs("body", warnings).open(file, null)).stream()
                .map(TextRecord::text).toList());
    }

    @Test
    void tsvHasNoQuotingAndKeepsSpaces() throws IOException {
        Path file = write("t.tsv", "text\tlang\n\"cité\" entre guillemets\tfr\n  espaces  \tfr\n");
        assertEquals(List.of("\"cité\" entre guillemets", "  espaces  "),
                readAll(new TextInputs("text", warnings).open(file, null)).stream().map(TextRecord::text).toList());
    }

    @Test
    void anUnknownExtensionAsksForTheFormat() throws IOException {
        Path file = write("t.dat", "x");
        IOException e = assertThrows(IOException.class, () -> new TextInputs("text", warnings).open(file, null));
        assertEquals(file + ": cannot tell its format from its name (.txt, .csv, .tsv or .jsonl expected); say it "
                + "with --input-format", e.getMessage());
        assertEquals(List.of("x"), readAll(new TextInputs("text", warnings).open(file, InputFormat.txt)).stream()
                .map(TextRecord::text).toList());
    }

    @Test
    void warningsBeyondAHundredAreCountedButNotShown() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            lines.append(i % 2 == 0 ? "{\"text\": \"ok\"}\n" : "{}\n");
        }
        Path file = write("many.jsonl", lines.toString());
        assertEquals(125, readAll(new TextInputs("text", warnings).open(file, null)).size());
        String[] shown = err.toString().split("\n");
        assertEquals(InputWarnings.SHOWN + 1, shown.length);
        assertEquals("humeur: more than 100 lines are skipped or odd: the others are not shown, the summary counts "
                + "them", shown[InputWarnings.SHOWN]);
        assertEquals(125, warnings.skippedCount());
    }
}
