package humeur.app.cli;

import humeur.app.store.ListedChat;
import humeur.app.store.Messages;
import humeur.app.store.Sql;
import humeur.ingest.DateOrder;
import humeur.ingest.Message;
import humeur.ingest.ReadOptions;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static humeur.app.store.Messages.event;
import static humeur.app.store.Messages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("data/humeur.db");
    }

    private Path file(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "an export");
    }

    private static final List<Message> CHAT = List.of(
            event("2024-03-01T09:00", "Messages are end-to-end encrypted."),
            text("2024-03-01T09:01", "Natan", "Salut !"),
            text("2024-03-01T09:02", "Léa", "Coucou"),
            text("2024-03-02T22:15", "Léa", "Bonne nuit"));

    @Test
    void importsAChatAndSummarisesIt() throws Exception {
        Path export = file("natan.txt");
        ListedChat chat = ListedChat.whatsapp("Natan", CHAT).noting("dates read day first (31/12)")
                .skipping(new SkippedInput("line 3", "\u200e<attached: 0001.jpg", "not a message"));

        Cli.Result r = Cli.run(Cli.serving(export, chat), "import", "--db", db().toString(), export.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(String.join("\n",
                "Natan (WhatsApp (Android), Natan.txt)",
                "  4 messages (text 3, event 1)",
                "  authors: Léa 2, Natan 1",
                "  from 2024-03-01 09:00 to 2024-03-02 22:15",
                "  4 new, 0 already there",
                "  note: dates read day first (31/12)",
                "  skipped 1 piece (not imported):",
                "    line 3: \"\u200e<attached: 0001.jpg\" (not a message)",
                ""), r.out());
        assertEquals(4, Sql.number(db(), "SELECT count(*) FROM messages"));
    }

    @Test
    void reimportingSaysEverythingWasAlreadyThere() throws Exception {
        Path export = file("natan.txt");
        ExportOpener opener = Cli.serving(export, ListedChat.whatsapp("Natan", CHAT));
        Cli.run(opener, "import", "--db", db().toString(), export.toString());

        Cli.Result again = Cli.run(opener, "import", "--db", db().toString(), export.toString());

        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("  0 new, 4 already there\n"), again.out());
        assertEquals(4, Sql.number(db(), "SELECT count(*) FROM messages"));
    }

    @Test
    void aMissingFileIsOneLineAndTheOtherFilesAreStillImported() throws Exception {
        Path export = file("natan.txt");
        Path missing = dir.resolve("missing.txt");
        ExportOpener opener = Cli.serving(export, ListedChat.whatsapp("Natan", CHAT));

        Cli.Result r = Cli.run(opener, "import", "--db", db().toString(), missing.toString(), export.toString());

        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + missing + ": no such file or folder\n", r.err());
        assertTrue(r.out().startsWith("Natan (WhatsApp (Android)"), r.out());
        assertEquals(4, Sql.number(db(), "SELECT count(*) FROM messages"));
    }

    @Test
    void aMissingFileThroughThePlainCommandLineIsOneLineToo() {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run(new CommandLine(new Humeur()), "import", "--db", db().toString(), missing.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + missing + ": no such file or folder\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFileBrokenHalfWayIsReportedAndNothingOfItKept() throws Exception {
        Path broken = file("broken.txt");
        Path good = file("good.txt");
        ExportOpener opener = (path, options) -> new Cli.ListedExport(path, List.of(path.equals(broken)
                ? ListedChat.whatsapp("Broken", Messages.numbered(5_000)).failingAfter(4_000)
                : ListedChat.whatsapp("Good", CHAT)));

        Cli.Result r = Cli.run(opener, "import", "--db", db().toString(), broken.toString(), good.toString());

        assertEquals(1, r.exitCode());
        assertEquals("humeur: Broken.txt: line 4001: not a message (nothing of Broken.txt was imported)\n", r.err());
        assertEquals(List.of("Good"), Sql.rows(db(), "SELECT name FROM chats"));
    }

    @Test
    void chatNameStoresTheChatUnderAnotherName() throws Exception {
        Path export = file("renamed.txt");
        Cli.Result r = Cli.run(Cli.serving(export, ListedChat.whatsapp("WhatsApp Chat with Natan", CHAT)),
                "import", "--db", db().toString(), "--chat-name", "Natan", export.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Natan (WhatsApp"), r.out());
        assertEquals(List.of("whatsapp|Natan"), Sql.rows(db(), "SELECT platform, name FROM chats"));
    }

    @Test
    void chatNameIsRefusedForSeveralFilesOrAFileOfSeveralChats() throws Exception {
        Path export = file("inbox.zip");
        Cli.Result twoFiles = Cli.run("import", "--db", db().toString(), "--chat-name", "X", "a.txt", "b.txt");
        assertEquals(2, twoFiles.exitCode());
        assertEquals("humeur: --chat-name names one chat: give a single FILE (see: humeur import --help)\n",
                twoFiles.err());

        Cli.Result twoChats = Cli.run(Cli.serving(export, ListedChat.whatsapp("A", CHAT), ListedChat.whatsapp("B", CHAT)),
                "import", "--db", db().toString(), "--chat-name", "X", export.toString());
        assertEquals(1, twoChats.exitCode());
        assertEquals("humeur: " + export + ": holds 2 chats, and --chat-name can only name one\n", twoChats.err());
    }

    @Test
    void readingOptionsReachTheReaders() throws Exception {
        Path export = file("natan.txt");
        AtomicReference<ReadOptions> seen = new AtomicReference<>();
        ExportOpener opener = (path, options) -> {
            seen.set(options);
            return new Cli.ListedExport(path, List.of(ListedChat.whatsapp("Natan", CHAT)));
        };
        Cli.run(opener, "import", "--db", db().toString(), "--month-first", "--zone", "America/Montreal",
                "--encoding", "windows-1252", export.toString());
        assertEquals(DateOrder.MONTH_FIRST, seen.get().dateOrder());
        assertEquals(ZoneId.of("America/Montreal"), seen.get().zone());
        assertEquals("windows-1252", seen.get().charset().name());

        Cli.run(opener, "import", "--db", db().toString(), export.toString());
        assertEquals(ReadOptions.defaults(), seen.get());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli.Result both = Cli.run("import", "--day-first", "--month-first", "x.txt");
        assertEquals(2, both.exitCode());
        assertEquals("humeur: --day-first and --month-first exclude each other (see: humeur import --help)\n",
                both.err());
        Cli.Result zone = Cli.run("import", "--zone", "Mars/Olympus", "x.txt");
        assertEquals(2, zone.exitCode());
        assertTrue(zone.err().contains("unknown time zone 'Mars/Olympus'"), zone.err());
        Cli.Result noFile = Cli.run("import");
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().startsWith("humeur: Missing required parameter: 'FILE'"), noFile.err());
        assertEquals(2, Cli.run("import", "--json", "x.txt").exitCode());
    }

    @Test
    void manySkippedPiecesAreListedUpToFiftyWithTheCountAndAHint() throws Exception {
        Path export = file("messy.txt");
        ListedChat chat = ListedChat.whatsapp("Messy", CHAT);
        for (int i = 1; i <= 120; i++) {
            chat.skipping(new SkippedInput("line " + i, "bad\nline", "not a message"));
        }
        Cli.Result r = Cli.run(Cli.serving(export, chat), "import", "--db", db().toString(), export.toString());

        assertTrue(r.out().contains("  skipped 120 pieces (not imported):\n    line 1: \"bad\\nline\" (not a message)\n"),
                r.out());
        assertTrue(r.out().contains("    line 50: \"bad\\nline\" (not a message)\n"
                + "    … and 70 more: list them all with  humeur import --dry-run --json " + export + "\n"), r.out());
        assertFalse(r.out().contains("line 51:"), r.out());
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result r = Cli.run("import", "--help");
        assertEquals(0, r.exitCode());
        for (String section : List.of("SYNOPSIS", "DESCRIPTION", "ARGUMENTS", "OPTIONS", "EXIT STATUS", "EXAMPLES",
                "FILES", "--db=PATH", "--day-first", "--dry-run", "--chat-name=NAME", "XDG_DATA_HOME", "130")) {
            assertTrue(r.out().contains(section), section + " in:\n" + r.out());
        }
    }

    @Test
    void versionIsTheProjectVersion() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().matches("humeur \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), r.out());
    }


}
