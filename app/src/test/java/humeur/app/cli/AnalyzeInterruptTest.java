package humeur.app.cli;

import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C (or kill) while {@code humeur analyze} scores: the chat and the scores written are kept, and a rerun ends. */
class AnalyzeInterruptTest {
    private static final int MESSAGES = 10_000;

    @TempDir
    Path dir;

    @Test
    void aSignalWhileScoringKeepsTheImportAndTheBatchesScoredAndARunAgainFinishes() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            lines.add(String.format("%02d/03/2024 à %02d:%02d - %s: message %d, %s", 1 + i / 1440, i / 60 % 24,
                    i % 60, i % 2 == 0 ? "Natan" : "Léa", i, i % 3 == 0 ? "super" : "bof"));
        }
        Path export = Files.write(dir.resolve("WhatsApp Chat with Natan.txt"), lines);
        Path db = dir.resolve("humeur.db");
        Path report = dir.resolve("r.html");
        Path errFile = dir.resolve("stderr.txt");
        // SIGTERM rather than SIGINT (which Java cannot send): the JVM runs the same shutdown hooks for both.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptibleScore.class.getName(), "analyze",
                "--db", db.toString(), "-o", report.toString(), export.toString())
                .redirectError(errFile.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; !"scoring".equals(line = out.readLine()); ) {
                assertTrue(line != null, "the process ended before scoring: " + Files.readString(errFile));
            }
            Thread.sleep(400);
            process.destroy();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        // "interrupted" alone when the signal comes while the model works, between two batches' transactions.
        String err = Files.readString(errFile);
        assertTrue(err.endsWith("\ninterrupted\n") || err.endsWith("\ninterrupted, nothing of the batch of scores "
                + "being written (the chats are imported; humeur analyze or humeur rescore finishes scoring them) "
                + "was kept\n"), err);
        assertEquals(MESSAGES, Sql.number(db, "SELECT count(*) FROM messages"));
        long scored = Sql.number(db, "SELECT count(*) FROM message_scores");
        assertTrue(scored > 0 && scored < MESSAGES && scored % ChatScoring.BATCH_SIZE == 0, "scored: " + scored);
        assertFalse(Files.exists(report), "no report");

        ScoreCli cli = new ScoreCli();
        Cli.Result again = cli.run("analyze", "--db", db.toString(), "-o", report.toString(), "--model",
                ScoreCli.model(dir, "slow"), export.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("  0 new, " + ImportSummary.count(MESSAGES) + " already there\n"), again.out());
        assertTrue(again.out().contains("Model word list slow: " + ImportSummary.count(MESSAGES - scored) + " messages lack its score in "
                + "1 chat\n"), again.out());
        assertEquals(MESSAGES, Sql.number(db, "SELECT count(*) FROM message_scores"));
        assertTrue(Files.exists(report));
    }
}
