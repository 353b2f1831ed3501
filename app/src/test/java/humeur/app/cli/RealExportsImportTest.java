package humeur.app.cli;

import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code humeur import} end to end: real export files through the real readers into a real database. */
class RealExportsImportTest {
    private static final Path SAMPLE = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("humeur.db").toString();
    }

    @Test
    void theBundledSampleImportsCompletelyAndOnlyOnce() throws Exception {
        Cli.Result first = Cli.run("import", "--db", db(), SAMPLE.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("Les Colocs (WhatsApp (Android)"), first.out());
        assertTrue(first.out().contains("378 messages (text 354, media 11, deleted 2, event 10, location 1)"), first.out());
        assertTrue(first.out().contains("378 new"), first.out());
        assertEquals(378, Sql.number(dir.resolve("humeur.db"), "SELECT count(*) FROM messages"));
        assertEquals(4, Sql.number(dir.resolve("humeur.db"), "SELECT count(*) FROM participants"));

        Cli.Result again = Cli.run("import", "--db", db(), SAMPLE.toString());
        assertTrue(again.out().contains("0 new, 378 already there"), again.out());
        assertEquals(378, Sql.number(dir.resolve("humeur.db"), "SELECT count(*) FROM messages"));
    }

    @Test
    void aLaterOverlappingExportAddsOnlyItsNewMessagesEvenIdenticalOnes() throws Exception {
        String early = """
                01/03/2024 à 09:00 - Natan: Salut
                01/03/2024 à 09:01 - Léa: ok
                01/03/2024 à 09:01 - Léa: ok
                """;
        // exported later: starts further on (WhatsApp's cap), repeats the overlap, and a third identical "ok" came after
        String later = """
                01/03/2024 à 09:01 - Léa: ok
                01/03/2024 à 09:01 - Léa: ok
                01/03/2024 à 09:01 - Léa: ok
                01/03/2024 à 09:05 - Natan: d'accord
                """;
        Path first = Files.writeString(dir.resolve("WhatsApp Chat with Natan.txt"), early);
        Path second = Files.writeString(dir.resolve("WhatsApp Chat with Natan (1).txt"), later);
        assertEquals(0, Cli.run("import", "--db", db(), first.toString()).exitCode());
        Cli.Result r = Cli.run("import", "--db", db(), second.toString());
        assertTrue(r.out().contains("2 new, 2 already there"), r.out());
        assertEquals(List.of("09:00|Natan|Salut", "09:01|Léa|ok", "09:01|Léa|ok", "09:01|Léa|ok", "09:05|Natan|d'accord"),
                Sql.rows(dir.resolve("humeur.db"), "SELECT substr(m.ts, 12, 5), p.name, m.text FROM messages m "
                        + "JOIN participants p ON p.id = m.participant_id ORDER BY m.ts, m.id"));
    }

    @Test
    void oneCommandImportsEveryFormatAndReportsTheFileThatFails() throws Exception {
        Path zip = dir.resolve("WhatsApp Chat - Zoé.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("_chat.txt"));
            out.write("[25/04/2020 14:03:12] Zoé: Coucou 🌸\r\n[25/04/2020 14:04:00] Moi: Salut !\r\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path thread = Files.createDirectories(dir.resolve("messages/inbox/natan_123"));
        Files.writeString(thread.resolve("message_1.json"), """
                {"participants": [{"name": "Natan"}, {"name": "Moi"}], "title": "Natan",
                 "messages": [
                   {"sender_name": "Natan", "timestamp_ms": 1700000060000, "content": "\\u00c3\\u00a7a va ?"},
                   {"sender_name": "Moi", "timestamp_ms": 1700000000000, "content": "Salut"}]}
                """);
        Path broken = Files.writeString(dir.resolve("notes.txt"), "pas une discussion\n");
        Cli.Result r = Cli.run("import", "--db", db(), "--zone", "Europe/Paris", zip.toString(), broken.toString(),
                thread.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("notes.txt") && r.err().contains("not a WhatsApp chat"), r.err());
        assertEquals(List.of("messenger|Natan|2", "whatsapp|Zoé|2"),
                Sql.rows(dir.resolve("humeur.db"), "SELECT c.platform, c.name, count(*) FROM messages m "
                        + "JOIN chats c ON c.id = m.chat_id GROUP BY c.id ORDER BY c.platform"));
        assertEquals(List.of("2023-11-14T23:13:20|Salut", "2023-11-14T23:14:20|ça va ?"),
                Sql.rows(dir.resolve("humeur.db"), "SELECT m.ts, m.text FROM messages m JOIN chats c ON c.id = m.chat_id "
                        + "WHERE c.platform = 'messenger' ORDER BY m.ts"));
    }
}
