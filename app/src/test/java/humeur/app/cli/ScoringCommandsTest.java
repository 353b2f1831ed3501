package humeur.app.cli;

import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code humeur import --score} and {@code humeur rescore} on the bundled sample, with the word-list fixture. */
class ScoringCommandsTest {
    private static final Path SAMPLE = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");
    /** The sample's messages that carry words: text, and media with a caption. */
    private static final String WORDY = "SELECT count(*) FROM messages WHERE kind = 'text' "
            + "OR (kind = 'media' AND trim(coalesce(caption, '')) <> '')";

    @TempDir
    Path dir;

    private final ScoreCli cli = new ScoreCli();

    private Path db() {
        return dir.resolve("humeur.db");
    }

    @Test
    void importScoreStoresScoresForTheMessagesWithWordsOnly() throws Exception {
        Cli.Result r = cli.run("import", "--score", "--db", db().toString(), SAMPLE.toString());

        assertEquals(0, r.exitCode(), r.err());
        long wordy = Sql.number(db(), WORDY);
        assertTrue(wordy > 300 && wordy < 378, "wordy: " + wordy);
        assertEquals(wordy, Sql.number(db(), "SELECT count(*) FROM message_scores"));
        assertEquals(List.of(), Sql.rows(db(), "SELECT DISTINCT m.kind FROM message_scores s JOIN messages m "
                + "ON m.id = s.message_id WHERE m.kind NOT IN ('text', 'media')"));
        assertEquals(0, Sql.number(db(), "SELECT count(*) FROM message_scores s JOIN messages m ON m.id = "
                + "s.message_id WHERE m.kind = 'media' AND trim(coalesce(m.caption, '')) = ''"));
        long sessions = Sql.number(db(), "SELECT count(*) FROM session_scores");
        assertTrue(sessions > 1, "sessions: " + sessions);
        assertEquals(wordy, Sql.number(db(), "SELECT sum(message_count) FROM session_scores"));
        assertTrue(r.out().endsWith("\n  " + wordy + " messages and " + sessions
                + " sessions scored (word list default)\n"), r.out());
    }

    @Test
    void rescoreScoresWhatIsMissingAndRunningItAgainScoresNothing() throws Exception {
        assertEquals(0, cli.run("import", "--db", db().toString(), SAMPLE.toString()).exitCode());
        long wordy = Sql.number(db(), WORDY);

        Cli.Result first = cli.run("rescore", "--db", db().toString());

        assertEquals(0, first.exitCode(), first.err());
        long sessions = Sql.number(db(), "SELECT count(*) FROM session_scores");
        assertEquals("Model word list default: " + wordy + " messages lack its score in 1 chat\n"
                + "  Les Colocs (whatsapp): " + wordy + " messages and " + sessions + " sessions scored\n"
                + wordy + " messages and " + sessions + " sessions scored\n", first.out());
        assertEquals(wordy, Sql.number(db(), "SELECT count(*) FROM message_scores"));

        Cli.Result again = cli.run("rescore", "--db", db().toString());

        assertEquals(0, again.exitCode(), again.err());
        assertEquals("Model word list default: 0 messages lack its score in 1 chat\n"
                + "0 messages and 0 sessions scored: everything was up to date\n", again.out());
        assertEquals(wordy, Sql.number(db(), "SELECT count(*) FROM message_scores"));
    }

    @Test
    void aModelChangeMakesTheOldScoresStaleAndRescoreAddsTheNewModels() throws Exception {
        assertEquals(0, cli.run("import", "--score", "--db", db().toString(), SAMPLE.toString()).exitCode());
        long wordy = Sql.number(db(), WORDY);

        Cli.Result r = cli.run("rescore", "--db", db().toString(), "--model", ScoreCli.model(dir, "v2"));

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Model word list v2: " + wordy + " messages lack its score (" + wordy
                + " of them with only an older model's) in 1 chat\n"), r.out());
        assertEquals(List.of("word-list-fixture default|" + wordy, "word-list-fixture v2|" + wordy),
                Sql.rows(db(), "SELECT m.identity, count(*) FROM message_scores s JOIN models m ON m.id = s.model_id "
                        + "GROUP BY m.identity ORDER BY m.identity"));
        assertEquals(2, Sql.number(db(), "SELECT count(DISTINCT model_id) FROM session_scores"));
    }

    @Test
    void rescoreOfOneChatLeavesTheOthers() throws Exception {
        Path other = Files.writeString(dir.resolve("WhatsApp Chat with Natan.txt"),
                "01/03/2024 à 09:00 - Natan: Salut, super\n01/03/2024 à 09:01 - Léa: merci\n");
        assertEquals(0, cli.run("import", "--db", db().toString(), SAMPLE.toString(), other.toString()).exitCode());

        Cli.Result r = cli.run("rescore", "--db", db().toString(), "--chat", "Natan");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Model word list default: 2 messages lack its score in 1 chat\n"), r.out());
        assertEquals(List.of("Natan|2"), Sql.rows(db(), "SELECT c.name, count(*) FROM message_scores s "
                + "JOIN messages m ON m.id = s.message_id JOIN chats c ON c.id = m.chat_id GROUP BY c.name"));
    }

    @Test
    void rescoreSaysWhatIsMissing() throws Exception {
        Cli.Result noDb = cli.run("rescore", "--db", db().toString());
        assertEquals(1, noDb.exitCode());
        assertEquals("humeur: there is no database at " + db() + ": import an export first with: humeur import FILE\n",
                noDb.err());
        assertFalse(Files.exists(db()));

        assertEquals(0, cli.run("import", "--db", db().toString(), SAMPLE.toString()).exitCode());
        Cli.Result noChat = cli.run("rescore", "--db", db().toString(), "--chat", "Inès");
        assertEquals(1, noChat.exitCode());
        assertEquals("humeur: no chat named \"Inès\" in " + db() + " (humeur chats lists them)\n", noChat.err());

        Path none = db().resolveSibling("no-model");
        Cli.Result noModel = Cli.run("rescore", "--model", none.toString(), "--db", db().toString());
        assertEquals(1, noModel.exitCode());
        assertEquals("humeur: " + none + ": no such model folder (a folder written by humeur classifier train)\n",
                noModel.err());
    }

    @Test
    void importScoreWithAMissingModelImportsNothing() {
        Path none = db().resolveSibling("no-model");
        Cli.Result r = Cli.run("import", "--score", "--model", none.toString(), "--db", db().toString(), SAMPLE.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + none + ": no such model folder (a folder written by humeur classifier train)\n", r.err());
        assertFalse(Files.exists(db()));
    }

    @Test
    void scoringOptionsAreChecked() {
        Cli.Result modelAlone = cli.run("import", "--model", "m", "--db", db().toString(), SAMPLE.toString());
        assertEquals(2, modelAlone.exitCode());
        assertEquals("humeur: --model is for --score: add --score to score the chats (see: humeur import --help)\n",
                modelAlone.err());
        assertEquals(2, cli.run("import", "--score", "--dry-run", SAMPLE.toString()).exitCode());
        Cli.Result gap = cli.run("rescore", "--session-gap", "0", "--db", db().toString());
        assertEquals(2, gap.exitCode());
        assertTrue(gap.err().startsWith("humeur: --session-gap must be at least 1 minute (got 0)"), gap.err());
    }

    @Test
    void aShorterSessionGapGivesMoreSessionsBesideTheOthers() throws Exception {
        assertEquals(0, cli.run("import", "--score", "--db", db().toString(), SAMPLE.toString()).exitCode());
        long hourly = Sql.number(db(), "SELECT count(*) FROM session_scores WHERE gap_minutes = 60");

        Cli.Result r = cli.run("rescore", "--db", db().toString(), "--session-gap", "5");

        assertEquals(0, r.exitCode(), r.err());
        long fiveMinutes = Sql.number(db(), "SELECT count(*) FROM session_scores WHERE gap_minutes = 5");
        assertTrue(fiveMinutes > hourly, fiveMinutes + " > " + hourly);
        assertEquals(hourly, Sql.number(db(), "SELECT count(*) FROM session_scores WHERE gap_minutes = 60"));
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result rescore = Cli.run("rescore", "--help");
        assertEquals(0, rescore.exitCode());
        for (String section : List.of("SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES", "FILES",
                "--db=PATH", "--model=DIR", "--chat=NAME", "--session-gap=MINUTES", "130")) {
            assertTrue(rescore.out().contains(section), section + " in:\n" + rescore.out());
        }
        Cli.Result imports = Cli.run("import", "--help");
        assertTrue(imports.out().contains("--score"), imports.out());
        assertTrue(Cli.run("--help").out().contains("rescore"));
    }
}
