package humeur.ingest.messenger;

import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.Exports;
import humeur.ingest.Message;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static humeur.ingest.messenger.FacebookJson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessengerExportTest {
    private static final ReadOptions PARIS = ReadOptions.defaults().withZone(ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    @Test
    void aThreadFolderIsOneChatNamedByItsRepairedTitle() throws IOException {
        Path folder = SampleExport.writeThread(dir.resolve(SampleExport.THREAD));
        List<ChatSource> chats = MessengerExport.inFolder(folder, PARIS);
        assertEquals(1, chats.size());
        assertEquals("Les copains 🎉", chats.get(0).name());
        assertEquals("messenger", chats.get(0).platform());
        assertEquals(folder.toString(), chats.get(0).origin());
    }

    @Test
    void aWholeExportListsEveryThreadAndNothingElse() throws IOException {
        Path root = SampleExport.writeExport(dir.resolve("facebook-noemartin"));
        List<ChatSource> chats = MessengerExport.inFolder(root, PARIS);
        assertEquals(List.of("Bob Dupont", "Les copains 🎉"), chats.stream().map(ChatSource::name).toList());
        assertTrue(chats.get(0).origin().endsWith("archived_threads/bobdupont_998877"), chats.get(0).origin());
        List<Message> bob = Chats.readAll(chats.get(0));
        assertEquals(List.of("Tu viens à la fête ?", "À demain, bisous"), bob.stream().map(Message::text).toList());
        assertEquals(14, Chats.readAll(chats.get(1)).size());
    }

    @Test
    void aFolderWithoutThreadsHasNoChat() throws IOException {
        write(dir, "notes.json", "{\"a\": 1}");
        assertEquals(List.of(), MessengerExport.inFolder(dir, PARIS));
    }

    @Test
    void aZippedExportReadsLikeTheFolderWithoutExtracting() throws IOException {
        Path root = SampleExport.writeExport(dir.resolve("export"));
        Path zipFile = SampleExport.zip(root, dir.resolve("facebook-noé-2024.zip"), "facebook-noé-2024");
        try (SafeZip zip = SafeZip.open(zipFile, PARIS)) {
            List<ChatSource> chats = MessengerExport.inZip(zip, PARIS);
            assertEquals(List.of("Bob Dupont", "Les copains 🎉"), chats.stream().map(ChatSource::name).toList());
            assertEquals(zipFile + "!/facebook-noé-2024/your_facebook_activity/messages/inbox/" + SampleExport.THREAD + "/",
                    chats.get(1).origin());
            List<ChatSource> onDisk = MessengerExport.inFolder(root, PARIS);
            assertEquals(Chats.readAll(onDisk.get(1)), Chats.readAll(chats.get(1)));
            assertEquals(Chats.readAll(onDisk.get(0)), Chats.readAll(chats.get(0)));
        }
    }

    @Test
    void exportsOpenFindsTheThreadsOfAZip() throws IOException {
        Path zipFile = SampleExport.zip(SampleExport.writeExport(dir.resolve("export")), dir.resolve("fb.zip"), "fb");
        try (ChatExport export = Exports.open(zipFile, PARIS)) {
            assertEquals(2, export.chats().size());
            assertEquals("Salut Noé ! Ça va ?", Chats.readAll(export.chats().get(1)).get(0).text());
        }
    }

    @Test
    void aZipWithoutMessengerJsonHasNoChat() throws IOException {
        write(dir.resolve("wa"), "_chat.txt", "[12/03/2024 10:00:00] Noé: salut\n");
        write(dir.resolve("wa"), "sticker_1.json", "{\"not\": \"a thread\"}");
        try (SafeZip zip = SafeZip.open(SampleExport.zip(dir.resolve("wa"), dir.resolve("wa.zip"), "wa"), PARIS)) {
            assertEquals(List.of(), MessengerExport.inZip(zip, PARIS));
        }
    }

    @Test
    void aZipEntryOverTheLimitsIsRefusedWhenRead() throws IOException {
        Path zipFile = SampleExport.zip(SampleExport.writeThread(dir.resolve("t")), dir.resolve("t.zip"), "inbox/t_1");
        ReadOptions tight = PARIS.withZipLimits(500, 100);
        try (SafeZip zip = SafeZip.open(zipFile, tight)) {
            List<ChatSource> chats = MessengerExport.inZip(zip, tight);
            assertEquals(List.of("t"), chats.stream().map(ChatSource::name).toList());
            ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(chats.get(0)));
            assertTrue(e.getMessage().startsWith(zipFile + "!/inbox/t_1/message_1.json: refused, the entry is "
                    + "suspiciously large"), e.getMessage());
        }
    }

    @Test
    void zipEntryNamesWithBackslashesAreFolders() throws IOException {
        Path zipFile = dir.resolve("windows.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            zip.putNextEntry(new ZipEntry("messages\\inbox\\bob_1\\message_1.json"));
            zip.write(FacebookJson.thread("Bob", List.of("Bob"), List.of(FacebookJson.text("Bob", 1_700_000_000_000L,
                    "salut"))).getBytes(StandardCharsets.UTF_8));
        }
        try (SafeZip zip = SafeZip.open(zipFile, PARIS)) {
            List<ChatSource> chats = MessengerExport.inZip(zip, PARIS);
            assertEquals(List.of("Bob"), chats.stream().map(ChatSource::name).toList());
            assertEquals("salut", Chats.readAll(chats.get(0)).get(0).text());
        }
    }

    @Test
    void aPartFileOpensItsWholeThread() throws IOException {
        Path folder = SampleExport.writeThread(dir.resolve(SampleExport.THREAD));
        List<ChatSource> chats = MessengerExport.inJsonFile(folder.resolve("message_2.json"), PARIS);
        assertEquals(1, chats.size());
        assertEquals("Les copains 🎉", chats.get(0).name());
        assertEquals(14, Chats.readAll(chats.get(0)).size());
        try (ChatExport export = Exports.open(folder.resolve("message_1.json"), PARIS)) {
            assertEquals(14, Chats.readAll(export.chats().get(0)).size());
        }
    }

    @Test
    void otherJsonIsRefusedSayingWhy() throws IOException {
        Path telegram = write(dir, "result.json", "{\"name\": \"Noé\", \"type\": \"personal_chat\", \"messages\": "
                + "[{\"id\": 1, \"type\": \"message\", \"date\": \"2024-03-30T22:00:00\", \"from\": \"Noé\", \"text\": \"salut\"}]}");
        ExportException e = assertThrows(ExportException.class, () -> MessengerExport.inJsonFile(telegram, PARIS));
        assertEquals(telegram + ": not a Messenger export (expected a message_1.json file of Facebook's \"Download "
                + "your information\", or a thread file of the end-to-end-encrypted export)", e.getMessage());

        Path list = write(dir, "posts.json", "[{\"timestamp\": 1}]");
        e = assertThrows(ExportException.class, () -> MessengerExport.inJsonFile(list, PARIS));
        assertEquals(list + ": not a Messenger export (the JSON is not an object with a \"messages\" list)", e.getMessage());

        Path noMessages = write(dir, "profile.json", "{\"profile_v2\": {\"name\": {\"full_name\": \"Noé\"}}}");
        e = assertThrows(ExportException.class, () -> MessengerExport.inJsonFile(noMessages, PARIS));
        assertEquals(noMessages + ": not a Messenger export (no \"messages\" list)", e.getMessage());

        Path garbage = write(dir, "garbage.json", "Noé, ceci n'est pas du JSON");
        e = assertThrows(ExportException.class, () -> MessengerExport.inJsonFile(garbage, PARIS));
        assertTrue(e.getMessage().startsWith(garbage + ": invalid JSON at line 1, column "), e.getMessage());
    }
}
