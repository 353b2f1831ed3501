package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static humeur.ingest.messenger.FacebookJson.text;
import static humeur.ingest.messenger.FacebookJson.thread;
import static humeur.ingest.messenger.FacebookJson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A part that is not valid JSON, or not shaped like a thread, stops the reading with the file and JSON path. */
class PartWalkerTest {
    private static final ReadOptions UTC = ReadOptions.defaults().withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path threadWithSecondPart(String secondPart) throws IOException {
        Path folder = dir.resolve("alice_42");
        write(folder, "message_1.json", thread("Alice", List.of("Alice", "Moi"), List.of(
                text("Alice", 1_700_000_600_000L, "à plus"), text("Moi", 1_700_000_500_000L, "ok"))));
        write(folder, "message_2.json", secondPart);
        return folder;
    }

    private ExportException readingFails(Path folder) throws IOException {
        List<ChatSource> chats = MessengerExport.inFolder(folder, UTC);
        assertEquals(1, chats.size(), "a damaged part still lists its thread");
        ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(chats.get(0)));
        assertFalse(e.getMessage().contains("com.fasterxml") || e.getMessage().contains("[Source"), e.getMessage());
        return e;
    }

    private static String sampleSecondPart() {
        return thread("Alice", List.of("Alice", "Moi"), List.of(
                text("Alice", 1_700_000_200_000L, "déjà là ?"), text("Moi", 1_700_000_100_000L, "j'arrive")));
    }

    @Test
    void aTruncatedPartIsRefusedWithFileAndPath() throws IOException {
        String full = sampleSecondPart();
        Path folder = threadWithSecondPart(full.substring(0, full.indexOf("j'arrive") + 3));
        ExportException e = readingFails(folder);
        assertTrue(e.getMessage().startsWith(folder.resolve("message_2.json") + ": messages[1].content: invalid JSON at line "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the file ends in the middle of the JSON (truncated?)"), e.getMessage());
    }

    @Test
    void anInvalidTokenIsRefusedWithFileLineAndPath() throws IOException {
        Path folder = threadWithSecondPart(sampleSecondPart().replace("\"content\": \"j'arrive\"", "\"content\": j'arrive"));
        ExportException e = readingFails(folder);
        assertTrue(e.getMessage().startsWith(folder.resolve("message_2.json") + ": messages[1].content: invalid JSON at line 13, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Unrecognized token 'j'"), e.getMessage());
    }

    @Test
    void messagesThatAreNotAListAreRefused() throws IOException {
        Path folder = threadWithSecondPart("{\"participants\": [{\"name\": \"Alice\"}], \"messages\": {\"0\": {}}, \"title\": \"Alice\"}");
        assertEquals(folder.resolve("message_2.json") + ": messages: expected a list, found an object",
                readingFails(folder).getMessage());
    }

    @Test
    void dataAfterTheJsonIsRefused() throws IOException {
        Path folder = threadWithSecondPart(sampleSecondPart() + "{\"messages\": []}");
        assertEquals(folder.resolve("message_2.json") + ": unexpected data after the end of the JSON object",
                readingFails(folder).getMessage());
    }

    @Test
    void aDamagedFirstPartKeepsItsThreadUnderTheFolderName() throws IOException {
        Path folder = dir.resolve("bobdupont_1234");
        write(folder, "message_1.json", "{\"participants\": [{\"name\": \"Bob\"}], \"messages\": [{\"sender_name\": ");
        List<ChatSource> chats = MessengerExport.inFolder(dir, UTC);
        assertEquals("bobdupont", chats.get(0).name());
        ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(chats.get(0)));
        assertTrue(e.getMessage().startsWith(folder.resolve("message_1.json") + ": messages[0].sender_name: invalid JSON"),
                e.getMessage());
    }

    @Test
    void errorsInsideAZipNameTheArchiveAndEntry() throws IOException {
        String full = sampleSecondPart();
        Path folder = threadWithSecondPart(full.substring(0, full.length() / 2));
        Path zipFile = SampleExport.zip(folder, dir.resolve("export.zip"), "messages/inbox/alice_42");
        Files.delete(folder.resolve("message_2.json"));
        try (SafeZip zip = SafeZip.open(zipFile, UTC)) {
            ChatSource chat = MessengerExport.inZip(zip, UTC).get(0);
            ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(chat));
            assertTrue(e.getMessage().startsWith(zipFile + "!/messages/inbox/alice_42/message_2.json: messages["),
                    e.getMessage());
        }
    }
}
