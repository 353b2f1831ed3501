package humeur.app.cli;

import humeur.app.store.ListedChat;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.Reaction;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static humeur.app.store.Messages.event;
import static humeur.app.store.Messages.media;
import static humeur.app.store.Messages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DryRunTest {
    @TempDir
    Path dir;

    @Test
    void jsonPrintsOneObjectPerMessageInFileOrderAndWritesNoDatabase() throws Exception {
        Path export = Files.writeString(dir.resolve("natan.txt"), "an export");
        Path db = dir.resolve("never/humeur.db");
        Message reacted = new Message(LocalDateTime.parse("2024-03-01T09:03:07"), "Léa", "\"quoi\" ?\nsérieux",
                MessageKind.TEXT, null, null, true, true, List.of(new Reaction("Natan", "😮")), 7);
        ListedChat chat = ListedChat.whatsapp("Natan", List.of(
                event("2024-03-01T09:00", "Messages are end-to-end encrypted."),
                text("2024-03-01T09:01", "Natan", "Salut !"),
                media("2024-03-01T09:02", "Léa", "IMG-1.jpg", "la plage"),
                reacted)).skipping(new SkippedInput("line 5", "???", "not a message"));

        Cli.Result r = Cli.run(Cli.serving(export, chat), "import", "--db", db.toString(), "--dry-run", "--json",
                "--chat-name", "N", export.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(String.join("\n",
                "{\"chat\":\"N\",\"skipped\":{\"location\":\"line 5\",\"content\":\"???\",\"reason\":\"not a message\"}}",
                "{\"chat\":\"N\",\"timestamp\":\"2024-03-01T09:00:00\",\"author\":null,"
                        + "\"text\":\"Messages are end-to-end encrypted.\",\"kind\":\"event\"}",
                "{\"chat\":\"N\",\"timestamp\":\"2024-03-01T09:01:00\",\"author\":\"Natan\",\"text\":\"Salut !\","
                        + "\"kind\":\"text\"}",
                "{\"chat\":\"N\",\"timestamp\":\"2024-03-01T09:02:00\",\"author\":\"Léa\","
                        + "\"text\":\"IMG-1.jpg (file attached)\\nla plage\",\"kind\":\"media\",\"media\":\"IMG-1.jpg\","
                        + "\"caption\":\"la plage\"}",
                "{\"chat\":\"N\",\"timestamp\":\"2024-03-01T09:03:07\",\"author\":\"Léa\","
                        + "\"text\":\"\\\"quoi\\\" ?\\nsérieux\",\"kind\":\"text\",\"edited\":true,"
                        + "\"outside_contacts\":true,\"reactions\":[{\"actor\":\"Natan\",\"reaction\":\"😮\"}],\"line\":7}",
                ""), r.out());
        assertTrue(r.err().startsWith("N (WhatsApp (Android), Natan.txt)\n"), r.err());
        assertTrue(r.err().contains("  dry run: nothing was stored\n"), r.err());
        assertFalse(Files.exists(db.getParent()), "no database, not even its folder");
    }

    @Test
    void dryRunWithoutJsonPrintsTheSummaryOnly() throws Exception {
        Path export = Files.writeString(dir.resolve("natan.txt"), "an export");
        Path db = dir.resolve("humeur.db");
        Cli.Result r = Cli.run(Cli.serving(export, ListedChat.whatsapp("Natan",
                List.of(text("2024-03-01T09:01", "Natan", "Salut !")))), "import", "--db", db.toString(), "--dry-run",
                export.toString());
        assertEquals(0, r.exitCode());
        assertEquals("", r.err());
        assertEquals(String.join("\n",
                "Natan (WhatsApp (Android), Natan.txt)",
                "  1 message (text 1)",
                "  authors: Natan 1",
                "  from 2024-03-01 09:01 to 2024-03-01 09:01",
                "  dry run: nothing was stored",
                ""), r.out());
        assertFalse(Files.exists(db));
    }

    @Test
    void aMissingFileInADryRunIsOneLineToo() {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run("import", "--dry-run", "--json", missing.toString());
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertEquals("humeur: " + missing + ": no such file or folder\n", r.err());
    }
}
