package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.Reaction;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static humeur.app.store.Messages.event;
import static humeur.app.store.Messages.media;
import static humeur.app.store.Messages.reacted;
import static humeur.app.store.Messages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChatStoreImportTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("humeur.db");
    }

    private ImportResult importChat(ListedChat chat) throws Exception {
        return importChat(chat, chat.name());
    }

    private ImportResult importChat(ListedChat chat, String name) throws Exception {
        Path export = dir.resolve("export.txt");
        if (!Files.exists(export)) {
            Files.writeString(export, "abc");
        }
        try (ChatStore store = ChatStore.open(db())) {
            return store.importChat(chat, SourceFile.describe(export), name, ImportProgress.NONE);
        }
    }

    @Test
    void anImportStoresMessagesParticipantsAndTheSource() throws Exception {
        ListedChat chat = ListedChat.whatsapp("Natan", List.of(
                event("2024-03-01T09:00", "Messages are end-to-end encrypted."),
                text("2024-03-01T09:01", "Natan", "Salut !"),
                media("2024-03-01T09:02", "Léa", "IMG-1.jpg", "la plage"),
                text("2024-03-02T22:15", "Léa", "Bonne nuit")))
                .skipping(new SkippedInput("line 3", "garbage", "not a message")).noting("dates read day first");

        ImportResult result = importChat(chat);

        assertEquals(4, result.added());
        assertEquals(0, result.alreadyThere());
        ChatReading reading = result.reading();
        assertEquals(Map.of(MessageKind.TEXT, 2L, MessageKind.MEDIA, 1L, MessageKind.EVENT, 1L), reading.tally().byKind());
        assertEquals(List.of(Map.entry("Léa", 2L), Map.entry("Natan", 1L)), reading.tally().authors());
        assertEquals(LocalDateTime.parse("2024-03-01T09:00"), reading.tally().first());
        assertEquals(LocalDateTime.parse("2024-03-02T22:15"), reading.tally().last());
        assertEquals(1, reading.skippedCount());
        assertEquals(List.of("dates read day first"), reading.notes());

        assertEquals(List.of("whatsapp|Natan"), Sql.rows(db(), "SELECT platform, name FROM chats"));
        assertEquals(List.of("Natan|0", "Léa|0"), Sql.rows(db(), "SELECT name, outside_contacts FROM participants ORDER BY id"));
        assertEquals(List.of(
                        "2024-03-01T09:00:00|event|null|Messages are end-to-end encrypted.|null|null",
                        "2024-03-01T09:01:00|text|Natan|Salut !|null|null",
                        "2024-03-01T09:02:00|media|Léa|IMG-1.jpg (file attached)\nla plage|IMG-1.jpg|la plage",
                        "2024-03-02T22:15:00|text|Léa|Bonne nuit|null|null"),
                Sql.rows(db(), "SELECT m.ts, m.kind, p.name, m.text, m.media, m.caption FROM messages m "
                        + "LEFT JOIN participants p ON p.id = m.participant_id ORDER BY m.ts"));
        assertEquals(List.of("export.txt|Natan.txt|3|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                        + "|WHATSAPP_ANDROID|4|4|1"),
                Sql.rows(db(), "SELECT file_name, origin, size, sha256, format, messages_read, messages_added, skipped "
                        + "FROM sources"));
    }

    @Test
    void reimportingTheSameExportAddsNothing() throws Exception {
        ListedChat chat = ListedChat.whatsapp("Natan", Messages.numbered(2_500));
        assertEquals(2_500, importChat(chat).added());

        ImportResult again = importChat(chat);

        assertEquals(0, again.added());
        assertEquals(2_500, again.alreadyThere());
        assertEquals(2_500, Sql.number(db(), "SELECT count(*) FROM messages"));
        assertEquals(List.of("2500|2500", "2500|0"),
                Sql.rows(db(), "SELECT messages_read, messages_added FROM sources ORDER BY id"));
    }

    @Test
    void aLaterOverlappingExportAddsOnlyTheNewMessages() throws Exception {
        List<Message> all = Messages.numbered(3_000);
        importChat(ListedChat.whatsapp("Natan", all.subList(0, 2_000)));

        ImportResult later = importChat(ListedChat.whatsapp("Natan", all.subList(1_500, 3_000)));

        assertEquals(1_000, later.added());
        assertEquals(500, later.alreadyThere());
        assertEquals(3_000, Sql.number(db(), "SELECT count(*) FROM messages"));
        assertEquals(2, Sql.number(db(), "SELECT count(DISTINCT source_id) FROM messages"));
    }

    @Test
    void identicalMessagesRepeatedInOneMinuteAreAllKeptAndCountedAcrossExports() throws Exception {
        Message ok = text("2024-05-01T12:00", "Natan", "ok");
        Message hello = text("2024-05-01T11:59", "Natan", "hello");
        Message bye = text("2024-05-01T12:01", "Léa", "bye");

        ImportResult first = importChat(ListedChat.whatsapp("Natan", List.of(hello, ok, ok)));
        ImportResult later = importChat(ListedChat.whatsapp("Natan", List.of(hello, ok, ok, ok, bye)));
        ImportResult same = importChat(ListedChat.whatsapp("Natan", List.of(hello, ok, ok, ok, bye)));

        assertEquals(3, first.added(), "two identical messages in one export are two messages");
        assertEquals(2, later.added(), "the third 'ok' and 'bye' are new, the first two were there");
        assertEquals(0, same.added());
        assertEquals(3, Sql.number(db(), "SELECT count(*) FROM messages WHERE text = 'ok'"));
        assertEquals(List.of("0", "1", "2"), Sql.rows(db(), "SELECT occurrence FROM messages WHERE text = 'ok' ORDER BY id"));
    }

    @Test
    void theSameWordsAtAnotherTimeOrByAnotherAuthorAreDifferentMessages() throws Exception {
        ImportResult result = importChat(ListedChat.whatsapp("Natan", List.of(
                text("2024-05-01T12:00", "Natan", "ok"),
                text("2024-05-01T12:01", "Natan", "ok"),
                text("2024-05-01T12:00", "Léa", "ok"),
                event("2024-05-01T12:00", "ok"))));
        assertEquals(4, result.added());
    }

    @Test
    void aChatIsIdentifiedByPlatformAndName() throws Exception {
        List<Message> messages = List.of(text("2024-05-01T12:00", "Natan", "ok"));
        importChat(ListedChat.whatsapp("Natan", messages));
        importChat(new ListedChat("messenger", "Natan", messages));
        importChat(ListedChat.whatsapp("Natan (old phone)", messages), "Natan");

        assertEquals(List.of("messenger|Natan|1", "whatsapp|Natan|1"), Sql.rows(db(),
                "SELECT c.platform, c.name, count(m.id) FROM chats c JOIN messages m ON m.chat_id = c.id "
                        + "GROUP BY c.id ORDER BY c.platform"));
    }

    @Test
    void participantsAreAddedOnceAndKeepTheirOutsideContactsMark() throws Exception {
        Message stranger = new Message(LocalDateTime.parse("2024-05-01T12:00"), "+33 6 12 34 56 78", "bonjour",
                MessageKind.TEXT, null, null, false, true, List.of(), 4);
        importChat(ListedChat.whatsapp("Groupe", List.of(text("2024-05-01T11:00", "Natan", "salut"), stranger)));
        importChat(ListedChat.whatsapp("Groupe", List.of(text("2024-05-01T11:00", "Natan", "salut"),
                text("2024-05-02T11:00", "+33 6 12 34 56 78", "re"))).declaring("Léa"));

        assertEquals(List.of("Natan|0", "+33 6 12 34 56 78|1", "Léa|0"),
                Sql.rows(db(), "SELECT name, outside_contacts FROM participants ORDER BY id"));
        assertEquals(0, Sql.number(db(), "SELECT count(*) FROM messages WHERE participant_id IS NULL"));
    }

    @Test
    void reactionsAreStoredWithTheirMessageAndNewOnesAddedLater() throws Exception {
        Reaction heart = new Reaction("Léa", "❤");
        Reaction laugh = new Reaction("Natan", "😆");
        importChat(new ListedChat("messenger", "Léa", List.of(reacted("2024-05-01T12:00", "Natan", "blague", heart))));
        importChat(new ListedChat("messenger", "Léa",
                List.of(reacted("2024-05-01T12:00", "Natan", "blague", heart, laugh))));

        assertEquals(List.of("blague|Léa|❤", "blague|Natan|😆"), Sql.rows(db(), "SELECT m.text, r.actor, r.reaction "
                + "FROM reactions r JOIN messages m ON m.id = r.message_id ORDER BY r.rowid"));
    }

    @Test
    void millisecondsAreKeptInStoredTimes() throws Exception {
        Message precise = Message.text(LocalDateTime.parse("2024-05-01T12:00:05.250"), "Natan", "ok");
        importChat(new ListedChat("messenger", "Natan", List.of(precise)));
        assertEquals(List.of("2024-05-01T12:00:05.250"), Sql.rows(db(), "SELECT ts FROM messages"));
    }

    @Test
    void chatsAreListedWithCountsAndDates() throws Exception {
        importChat(ListedChat.whatsapp("Natan", Messages.numbered(10)));
        List<Message> group = new ArrayList<>(Messages.numbered(3));
        group.add(event("2023-12-31T23:00", "Léa created the group"));
        importChat(ListedChat.whatsapp("Famille", group));

        try (ChatStore store = ChatStore.open(db())) {
            List<ChatOverview> chats = store.chats();
            assertEquals(List.of(
                    new ChatOverview("whatsapp", "Famille", 4, 2, LocalDateTime.parse("2023-12-31T23:00"),
                            LocalDateTime.parse("2024-01-01T00:02")),
                    new ChatOverview("whatsapp", "Natan", 10, 2, LocalDateTime.parse("2024-01-01T00:00"),
                            LocalDateTime.parse("2024-01-01T00:09"))), chats);
        }
    }

    @Test
    void anEmptyChatIsRecordedWithoutMessages() throws Exception {
        ImportResult result = importChat(ListedChat.whatsapp("Silence", List.of()));
        assertEquals(0, result.added());
        assertNull(result.reading().tally().first());
        try (ChatStore store = ChatStore.open(db())) {
            assertEquals(List.of(new ChatOverview("whatsapp", "Silence", 0, 0, null, null)), store.chats());
        }
    }
}
