package humeur.app.cli;

import humeur.app.store.ListedChat;
import humeur.app.store.Messages;
import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code humeur analyze} on the bundled sample, with the word-list fixture standing in for the model. */
class AnalyzeCommandTest {
    private static final Path SAMPLE = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");
    private static final String SAMPLE_NAME = "Discussion WhatsApp avec Les Colocs.txt";
    /** The contacts that have scored messages, as the report names them. */
    private static final String CONTACTS = "SELECT DISTINCT p.name FROM message_scores s JOIN messages m "
            + "ON m.id = s.message_id JOIN participants p ON p.id = m.participant_id ORDER BY p.name";

    @TempDir
    Path dir;

    private final ScoreCli cli = new ScoreCli();

    private Path db() {
        return dir.resolve("humeur.db");
    }

    private Path report() {
        return dir.resolve("colocs.html");
    }

    private Cli.Result analyze(String... files) {
        String[] args = new String[6 + files.length];
        System.arraycopy(new String[] {"analyze", "--db", db().toString(), "-o", report().toString(), "--lang=en"},
                0, args, 0, 6);
        System.arraycopy(files, 0, args, 6, files.length);
        return cli.run(args);
    }

    @Test
    void importsScoresAndWritesTheReportWithEveryContact() throws Exception {
        Cli.Result r = analyze(SAMPLE.toString());

        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        long messages = Sql.number(db(), "SELECT count(*) FROM messages");
        long scored = Sql.number(db(), "SELECT count(*) FROM message_scores");
        long sessions = Sql.number(db(), "SELECT count(*) FROM session_scores");
        assertTrue(scored > 300, "scored: " + scored);
        int importing = out.indexOf("Importing 1 export into " + db().toAbsolutePath() + "\nLes Colocs (");
        int imported = out.indexOf("  " + messages + " new, 0 already there\n");
        int scoring = out.indexOf("Model word list default: " + scored + " messages lack its score in 1 chat\n"
                + "  Les Colocs (whatsapp): " + scored + " messages and " + sessions + " sessions scored\n");
        int written = out.indexOf("Report written to " + report().toAbsolutePath() + " (HTML, ");
        int summary = out.indexOf("Sentiment by contact, scores of word list default, by month");
        assertTrue(importing == 0 && importing < imported && imported < scoring && scoring < written
                && written < summary, out);
        List<String> contacts = Sql.rows(db(), CONTACTS);
        assertTrue(contacts.size() >= 4, "contacts: " + contacts);
        String table = out.substring(summary);
        for (String contact : contacts) {
            assertTrue(table.contains("\n" + contact + " "), contact + " in:\n" + table);
        }
        assertTrue(table.contains("│"), "a sparkline per contact:\n" + table);
        String html = Files.readString(report());
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), html.substring(0, 100));
        for (String contact : contacts) {
            assertTrue(html.contains(contact), contact + " in the page");
        }
        assertEquals("", r.err());
    }

    @Test
    void runningItAgainImportsAndScoresNothingAndRewritesTheReport() throws Exception {
        assertEquals(0, analyze(SAMPLE.toString()).exitCode());
        long messages = Sql.number(db(), "SELECT count(*) FROM messages");
        long scored = Sql.number(db(), "SELECT count(*) FROM message_scores");
        int batches = cli.scorer("default").batches().size();
        Files.delete(report());

        Cli.Result again = analyze(SAMPLE.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("  0 new, " + messages + " already there\n"), again.out());
        assertTrue(again.out().contains("Model word list default: 0 messages lack its score in 1 chat\n"
                + "  nothing new to score\nReport written to " + report().toAbsolutePath()), again.out());
        assertEquals(batches, cli.scorer("default").batches().size(), "the model was not asked to score anything");
        assertEquals(messages, Sql.number(db(), "SELECT count(*) FROM messages"));
        assertEquals(scored, Sql.number(db(), "SELECT count(*) FROM message_scores"));
        assertTrue(Files.readString(report()).contains("<html"), "the report is written again");
    }

    @Test
    void aNewerExportThatOverlapsAddsAndScoresOnlyItsNewMessages() throws Exception {
        assertEquals(0, analyze(SAMPLE.toString()).exitCode());
        long messages = Sql.number(db(), "SELECT count(*) FROM messages");
        long scored = Sql.number(db(), "SELECT count(*) FROM message_scores");
        int batches = cli.scorer("default").batches().size();
        Path newer = Files.createDirectory(dir.resolve("later")).resolve(SAMPLE_NAME);
        Files.writeString(newer, Files.readString(SAMPLE) + String.join("\n",
                "02/07/2025 à 09:15 - Inès: Qui a fini le café ?? c'est nul",
                "02/07/2025 à 09:16 - Jean-Baptiste: pas moi, mais merci de demander",
                "02/07/2025 à 09:20 - Léna: désolée, j'en rachète, super marché en bas", ""));

        Cli.Result r = analyze(newer.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("  3 new, " + messages + " already there\n"), r.out());
        assertTrue(r.out().contains("Model word list default: 3 messages lack its score in 1 chat\n"
                + "  Les Colocs (whatsapp): 3 messages and 1 session scored\n"), r.out());
        List<Integer> newBatches = cli.scorer("default").batches();
        assertEquals(List.of(3), newBatches.subList(batches, newBatches.size()), "only the new messages are scored");
        assertEquals(messages + 3, Sql.number(db(), "SELECT count(*) FROM messages"));
        assertEquals(scored + 3, Sql.number(db(), "SELECT count(*) FROM message_scores"));
        assertTrue(Files.readString(report()).contains("super marché"), "the report has the new messages");
    }

    @Test
    void aFileThatIsNotAChatIsRefusedBeforeTheDatabaseIsCreated() throws Exception {
        Map<String, byte[]> notChats = Map.of(
                "notes.txt", "Liste de courses\ncafé\nlait\npain\n".getBytes(StandardCharsets.UTF_8),
                "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0},
                "empty.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        for (Map.Entry<String, byte[]> notChat : notChats.entrySet()) {
            Path file = Files.write(dir.resolve(notChat.getKey()), notChat.getValue());

            Cli.Result r = analyze(SAMPLE.toString(), file.toString());

            assertEquals(1, r.exitCode(), r.out() + r.err());
            assertTrue(r.err().startsWith("humeur: " + file + ": ") && r.err().indexOf('\n') == r.err().length() - 1,
                    "one line naming the file: " + r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(db()), "no database for " + notChat.getKey());
            assertFalse(Files.exists(report()));
        }
        Cli.Result missing = analyze(SAMPLE.toString(), dir.resolve("gone.txt").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("humeur: " + dir.resolve("gone.txt") + ": no such file or folder\n", missing.err());
        assertFalse(Files.exists(db()));
    }

    @Test
    void aFileThatIsNotAChatLeavesAnExistingDatabaseUntouched() throws Exception {
        assertEquals(0, analyze(SAMPLE.toString()).exitCode());
        byte[] before = Files.readAllBytes(db());
        Path newer = Files.createDirectory(dir.resolve("later")).resolve(SAMPLE_NAME);
        Files.writeString(newer, Files.readString(SAMPLE) + "02/07/2025 à 09:15 - Inès: super\n");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "pas une discussion\n");

        Cli.Result r = analyze(newer.toString(), notes.toString());

        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("humeur: " + notes + ": not a WhatsApp chat export"), r.err());
        assertArrayEquals(before, Files.readAllBytes(db()), "the newer export was not imported either");
    }

    @Test
    void aChatBrokenHalfWayIsNotKeptAndTheOthersAreAnalysed() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.txt"), "");
        Path good = Files.writeString(dir.resolve("good.txt"), "");
        cli.opener((path, options) -> new Cli.ListedExport(path, List.of(path.equals(broken)
                ? ListedChat.whatsapp("Broken", Messages.numbered(5_000)).failingAfter(4_000)
                : ListedChat.whatsapp("Good", List.of(
                        Messages.text("2024-03-01T09:01", "Natan", "Salut, super week-end !"),
                        Messages.text("2024-03-01T09:02", "Léa", "Merci, trop bien"),
                        Messages.text("2024-04-02T22:15", "Léa", "J'en ai marre"))))));

        Cli.Result r = analyze(broken.toString(), good.toString());

        assertEquals(1, r.exitCode());
        assertEquals("humeur: Broken.txt: line 4001: not a message (nothing of Broken.txt was imported)\n", r.err());
        assertEquals(List.of("Good"), Sql.rows(db(), "SELECT name FROM chats"));
        assertTrue(r.out().contains("Model word list default: 3 messages lack its score in 1 chat\n"
                + "  Good (whatsapp): 3 messages and 2 sessions scored\nReport written to "), r.out());
        assertTrue(r.out().contains("\nLéa ") && r.out().contains("\nNatan "), r.out());
    }

    @Test
    void theReportCoversTheChatsGivenOnly() throws Exception {
        Path other = Files.writeString(dir.resolve("WhatsApp Chat with Natan.txt"),
                "01/03/2024 à 09:00 - Natan: Salut, super\n01/03/2024 à 09:01 - Léa: merci\n");
        assertEquals(0, analyze(other.toString()).exitCode());

        Cli.Result r = analyze(SAMPLE.toString());

        assertEquals(0, r.exitCode(), r.err());
        String summary = r.out().substring(r.out().indexOf("Sentiment by contact"));
        assertFalse(summary.contains("Natan") || summary.contains("Léa"), summary);
        assertFalse(Files.readString(report()).contains("Natan"), "Natan's chat is not in the report");
        assertEquals(2, Sql.number(db(), "SELECT count(*) FROM chats"));
    }

    @Test
    void withAMissingModelNothingIsWritten() {
        Path none = db().resolveSibling("no-model");
        Cli.Result r = Cli.run("analyze", "--model", none.toString(), "--db", db().toString(), "-o", report().toString(),
                SAMPLE.toString());

        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + none + ": no such model folder (a folder written by humeur classifier train)\n", r.err());
        assertFalse(Files.exists(db()));
        assertFalse(Files.exists(report()));
    }

    @Test
    void optionsAreCheckedFirst() {
        Cli.Result by = analyze("--by", "year", SAMPLE.toString());
        assertEquals(2, by.exitCode());
        assertTrue(by.err().startsWith("humeur: --by must be day, week or month, not 'year'"), by.err());
        Cli.Result name = analyze("--chat-name", "Colocs", SAMPLE.toString(), SAMPLE.toString());
        assertEquals(2, name.exitCode());
        Cli.Result stdout = cli.run("analyze", "--db", db().toString(), "-o", "-", SAMPLE.toString());
        assertEquals(2, stdout.exitCode());
        assertTrue(stdout.err().startsWith("humeur: -o - is not for analyze"), stdout.err());
        Cli.Result folder = cli.run("analyze", "--db", db().toString(), "-o", dir.resolve("nowhere/r.html").toString(),
                SAMPLE.toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains("cannot write the report: there is no folder"), folder.err());
        assertFalse(Files.exists(db()));
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result help = Cli.run("analyze", "--help");
        assertEquals(0, help.exitCode());
        for (String section : List.of("SYNOPSIS", "DESCRIPTION", "ARGUMENTS", "OPTIONS", "EXIT STATUS", "EXAMPLES",
                "FILES", "--db=PATH", "--model=DIR", "-o, --output=FILE", "--by=PERIOD", "--lang=LANG",
                "--session-gap=MINUTES", "--day-first", "--zone=ZONE", "--encoding=CHARSET", "--chat-name=NAME",
                "130", "humeur analyze '", "'WhatsApp Chat - Natan.zip'\n")) {
            assertTrue(help.out().contains(section), section + " in:\n" + help.out());
        }
        for (String line : help.out().split("\n")) {
            assertTrue(line.length() <= 80, "within 80 columns: " + line);
        }
        assertTrue(Cli.run("--help").out().contains("analyze"));
    }
}
