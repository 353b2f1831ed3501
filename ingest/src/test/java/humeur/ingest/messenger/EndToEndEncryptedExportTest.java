package humeur.ingest.messenger;

import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.ExportFormat;
import humeur.ingest.Exports;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;
import humeur.ingest.Reaction;
import humeur.ingest.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static humeur.ingest.messenger.FacebookJson.fb;
import static humeur.ingest.messenger.FacebookJson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The 2024+ end-to-end-encrypted export: one camelCase {@code <Name>_<n>.json} per thread, a shared media folder. */
class EndToEndEncryptedExportTest {
    private static final ReadOptions PARIS = ReadOptions.defaults().withZone(ZoneId.of("Europe/Paris"));
    // 2024-06-01T08:00:00Z, 10:00 in Paris
    private static final long T = 1_717_228_800_000L;

    @TempDir
    Path dir;

    /** A thread as the newer export writes it; strings mojibake-encoded or not, keys in an unusual order. */
    private Path writeThread(Path folder) throws IOException {
        String json = "{\n  \"participants\": [" + fb("Amélie Durand") + ", \"Noé Martin\"],\n  \"threadName\": "
                + fb("Amélie Durand") + ",\n  \"messages\": [\n"
                + "    {\"isUnsent\": false, \"media\": [], \"reactions\": [{\"reaction\": " + fb("😂")
                + ", \"actor\": \"Noé Martin\"}], \"senderName\": " + fb("Amélie Durand") + ", \"text\": "
                + fb("Tu as vu l'éclipse ?") + ", \"timestamp\": " + (T + 120_000) + ", \"type\": \"text\","
                + " \"somethingNew\": {\"x\": [1, 2]}},\n"
                + "    {\"senderName\": \"Noé Martin\", \"text\": \"\", \"timestamp\": " + (T + 60_000)
                + ", \"media\": [{\"uri\": \"./media/5566778899.jpg\"}], \"reactions\": [{\"emoji\": \"❤️\", \"actor\": "
                + fb("Amélie Durand") + "}]},\n"
                + "    {\"senderName\": \"Noé Martin\", \"text\": \"Salut Amélie, ça va ?\", \"timestamp\": " + T + "},\n"
                + "    {\"senderName\": \"Noé Martin\", \"isUnsent\": true, \"timestamp\": " + (T + 180_000) + "}\n"
                + "  ]\n}\n";
        write(folder.resolve("media"), "5566778899.jpg", "jpeg");
        return write(folder, "Amélie Durand_1.json", json);
    }

    @Test
    void readsAThreadFile() throws IOException {
        Path file = writeThread(dir.resolve("e2ee"));
        List<ChatSource> chats = MessengerExport.inJsonFile(file, PARIS);
        assertEquals(1, chats.size());
        assertEquals("Amélie Durand", chats.get(0).name());
        assertEquals(file.toString(), chats.get(0).origin());
        try (MessageReader reader = chats.get(0).open()) {
            List<Message> messages = Chats.readAll(reader);
            assertEquals(ExportFormat.MESSENGER_E2EE, reader.format());
            assertEquals(List.of("Amélie Durand", "Noé Martin"), reader.declaredParticipants());
            assertEquals(4, messages.size());

            Message hello = messages.get(0);
            assertEquals(LocalDateTime.of(2024, 6, 1, 10, 0), hello.timestamp());
            assertEquals("Noé Martin", hello.author());
            assertEquals("Salut Amélie, ça va ?", hello.words());

            Message photo = messages.get(1);
            assertEquals(MessageKind.MEDIA, photo.kind());
            assertEquals("5566778899.jpg", photo.media());
            assertNull(photo.caption());
            assertEquals(List.of(new Reaction("Amélie Durand", "❤️")), photo.reactions());

            Message eclipse = messages.get(2);
            assertEquals("Tu as vu l'éclipse ?", eclipse.text());
            assertEquals("Amélie Durand", eclipse.author());
            assertEquals(List.of(new Reaction("Noé Martin", "😂")), eclipse.reactions());

            assertEquals(MessageKind.DELETED, messages.get(3).kind());
        }
    }

    @Test
    void aFolderOfThreadFilesIsFoundWithItsMediaIgnored() throws IOException {
        writeThread(dir.resolve("messenger-e2ee"));
        write(dir.resolve("messenger-e2ee"), "your_posts_1.json", "[{\"timestamp\": 1}]");
        write(dir.resolve("messenger-e2ee"), "settings_1.json", "{\"messages\": [{\"id\": 3}]}");
        List<ChatSource> chats = MessengerExport.inFolder(dir, PARIS);
        assertEquals(List.of("Amélie Durand"), chats.stream().map(ChatSource::name).toList());
        try (ChatExport export = Exports.open(dir.resolve("messenger-e2ee"), PARIS)) {
            assertEquals(4, Chats.readAll(export.chats().get(0)).size());
        }
    }

    @Test
    void aZippedThreadFileIsFound() throws IOException {
        Path folder = dir.resolve("e2ee");
        writeThread(folder);
        try (SafeZip zip = SafeZip.open(SampleExport.zip(folder, dir.resolve("e2ee.zip"), "messages"), PARIS)) {
            List<ChatSource> chats = MessengerExport.inZip(zip, PARIS);
            assertEquals(1, chats.size());
            assertEquals(zip.path() + "!/messages/Amélie Durand_1.json", chats.get(0).origin());
            assertEquals("Salut Amélie, ça va ?", Chats.readAll(chats.get(0)).get(0).text());
        }
    }

    @Test
    void timesInSecondsAreTolerated() throws IOException {
        Path file = write(dir, "Bob_2.json", "{\"participants\": [\"Bob\"], \"threadName\": \"Bob\", \"messages\": "
                + "[{\"senderName\": \"Bob\", \"text\": \"yo\", \"timestamp\": " + T / 1000 + "}]}");
        Message m = Chats.readAll(MessengerExport.inJsonFile(file, PARIS).get(0)).get(0);
        assertEquals(LocalDateTime.of(2024, 6, 1, 10, 0), m.timestamp());
    }
}
