package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportFormat;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;
import humeur.ingest.Reaction;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static humeur.ingest.messenger.FacebookJson.text;
import static humeur.ingest.messenger.FacebookJson.thread;
import static humeur.ingest.messenger.FacebookJson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadReaderTest {
    private static final ReadOptions PARIS = ReadOptions.defaults().withZone(ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;

    private ChatSource sampleThread() throws IOException {
        return MessengerExport.inFolder(SampleExport.writeThread(dir.resolve(SampleExport.THREAD)), PARIS).get(0);
    }

    @Test
    void mergesThePartsOldestFirstWithAuthorsAndRepairedText() throws IOException {
        List<Message> messages = Chats.readAll(sampleThread());
        assertEquals(14, messages.size());
        for (int i = 1; i < messages.size(); i++) {
            assertTrue(!messages.get(i).timestamp().isBefore(messages.get(i - 1).timestamp()), "in time order at " + i);
        }
        Message first = messages.get(0);
        assertEquals(LocalDateTime.of(2024, 3, 30, 22, 0), first.timestamp());
        assertEquals("Amélie Durand", first.author());
        assertEquals("Salut Noé ! Ça va ?", first.words());
        assertEquals("ça va, et toi ? 😊", messages.get(1).text());
        assertEquals(List.of(new Reaction("Amélie Durand", "❤")), messages.get(1).reactions());
        // the two messages of the last instant keep the export's order: Amélie's first
        assertEquals("L’appel vidéo est terminé.", messages.get(12).text());
        assertEquals("même instant, après", messages.get(13).text());
    }

    @Test
    void classifiesEveryKindOfMessage() throws IOException {
        List<Message> m = Chats.readAll(sampleThread());
        assertKind(m.get(2), MessageKind.MEDIA, "Amélie Durand", "434343_1029384756_n.jpg", "Regarde ça 😍");
        assertKind(m.get(3), MessageKind.MEDIA, "Noé Martin", "devis.pdf", null);
        assertKind(m.get(4), MessageKind.EVENT, null, null, null);
        assertEquals("A réagi 😂 à votre message", m.get(4).text());
        assertKind(m.get(5), MessageKind.EVENT, null, null, null);
        assertEquals("Noé Martin a ajouté Zoé Petit au groupe.", m.get(5).text());
        assertKind(m.get(6), MessageKind.EVENT, null, null, null);
        assertKind(m.get(7), MessageKind.DELETED, "Amélie Durand", null, null);
        assertKind(m.get(8), MessageKind.TEXT, "Facebook user", null, null);
        assertKind(m.get(9), MessageKind.TEXT, "Amélie Durand", null, null);
        assertEquals("https://www.lemonde.fr/article", m.get(9).text());
        assertKind(m.get(10), MessageKind.LOCATION, "Noé Martin", null, null);
        assertKind(m.get(11), MessageKind.MEDIA, "Noé Martin", "39178562_n.png", null);
        assertKind(m.get(12), MessageKind.EVENT, null, null, null);
    }

    private static void assertKind(Message m, MessageKind kind, String author, String media, String caption) {
        assertEquals(kind, m.kind(), m.text());
        assertEquals(author, m.author(), m.text());
        assertEquals(media, m.media(), m.text());
        assertEquals(caption, m.caption(), m.text());
    }

    @Test
    void reportsTheEmptyMessageParticipantsAndNotes() throws IOException {
        try (MessageReader reader = sampleThread().open()) {
            Chats.readAll(reader);
            assertEquals(ExportFormat.MESSENGER, reader.format());
            assertEquals(SampleExport.PEOPLE, reader.declaredParticipants());
            assertEquals(1, reader.skippedCount());
            SkippedInput skipped = reader.skipped().get(0);
            assertEquals("message_1.json: messages[3]", skipped.location());
            assertEquals("empty message", skipped.reason());
            assertTrue(reader.notes().contains("3 parts merged (message_1.json … message_3.json)"), reader.notes().toString());
            assertTrue(reader.notes().contains("times converted from UTC to Europe/Paris"), reader.notes().toString());
        }
    }

    @Test
    void readsFromTheStartAtEachOpen() throws IOException {
        ChatSource chat = sampleThread();
        assertEquals(Chats.readAll(chat), Chats.readAll(chat));
        try (MessageReader reader = chat.open()) {
            Chats.readAll(reader);
            assertNull(reader.read());
        }
    }

    @Test
    void sortsPartsWhoseTimesOverlap() throws IOException {
        Path folder = dir.resolve("mixed_1");
        // part 1 holds 10:00 and 10:20, part 2 holds 10:10 and 10:30: neither is before the other
        long t = 1_700_000_000_000L;
        write(folder, "message_1.json", thread("Mix", List.of("A", "B"),
                List.of(text("A", t + 1_200_000, "c"), text("B", t, "a"))));
        write(folder, "message_2.json", thread("Mix", List.of("A", "B"),
                List.of(text("A", t + 1_800_000, "d"), text("B", t + 600_000, "b"))));
        try (MessageReader reader = MessengerExport.inFolder(folder, PARIS).get(0).open()) {
            assertEquals(List.of("a", "b", "c", "d"), Chats.readAll(reader).stream().map(Message::text).toList());
            assertTrue(reader.notes().stream().anyMatch(n -> n.contains("overlap")), reader.notes().toString());
        }
    }

    @Test
    void notesAMissingPart() throws IOException {
        Path folder = dir.resolve("gap_1");
        write(folder, "message_1.json", thread("Gap", List.of("A"), List.of(text("A", 2_000_000_000_000L, "new"))));
        write(folder, "message_3.json", thread("Gap", List.of("A"), List.of(text("A", 1_000_000_000_000L, "old"))));
        try (MessageReader reader = MessengerExport.inFolder(folder, PARIS).get(0).open()) {
            assertEquals(List.of("old", "new"), Chats.readAll(reader).stream().map(Message::text).toList());
            assertTrue(reader.notes().contains("message_2.json is missing: the thread may be incomplete"));
        }
    }
}
