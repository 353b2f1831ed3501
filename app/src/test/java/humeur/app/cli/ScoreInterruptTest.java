package humeur.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C (or kill) during {@code humeur score}: the output ends with a whole record, and the summary says so. */
class ScoreInterruptTest {
    @TempDir
    Path dir;

    @Test
    void aSignalStopsAfterTheBatchBeingScoredLeavingWholeRecords() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lines.add("texte numéro " + i + (i % 2 == 0 ? " bien" : " nul"));
        }
        Path input = Files.write(dir.resolve("in.txt"), lines);
        Path output = dir.resolve("out.jsonl");
        Path errFile = dir.resolve("stderr.txt");
        // SIGTERM rather than SIGINT (which Java cannot send): the JVM runs the same shutdown hooks for both.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptibleScore.class.getName(),
                "score", "--batch-size", "10", "-o", output.toString(), input.toString())
                .redirectError(errFile.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("scoring", out.readLine());
            Thread.sleep(300);
            process.destroy();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        String written = Files.readString(output);
        List<Map<String, Object>> records = JsonRecords.parse(written);
        assertTrue(records.size() >= 10 && records.size() < lines.size(), "records: " + records.size());
        assertEquals(0, records.size() % 10, "whole batches: " + records.size());
        assertTrue(written.endsWith("}\n"));
        for (int i = 0; i < records.size(); i++) {
            assertEquals(lines.get(i), records.get(i).get("text"));
        }
        String err = Files.readString(errFile);
        assertEquals("\ninterrupted: scored " + ImportSummary.count(records.size()) + " texts, skipped 0 lines\n", err);
    }
}
