package humeur.app.store;

import humeur.app.score.WordListScorer;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static humeur.app.store.Messages.event;
import static humeur.app.store.Messages.media;
import static humeur.app.store.Messages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreStoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("humeur.db");
    }

    private void importChat(String name, List<Message> messages) throws Exception {
        Path export = dir.resolve("export.txt");
        if (!Files.exists(export)) {
            Files.writeString(export, "abc");
        }
        try (ChatStore store = ChatStore.open(db())) {
            store.importChat(ListedChat.whatsapp(name, messages), SourceFile.describe(export), name,
                    ImportProgress.NONE);
        }
    }

    private static Message kind(String time, String author, String text, MessageKind kind, String caption) {
        return new Message(LocalDateTime.parse(time), author, text, kind, kind == MessageKind.MEDIA ? "f.jpg" : null,
                caption, false, false, List.of(), 0);
    }

    /** What a scoring run did. */
    private record Run(long messages, int sessions) {
    }

    private Run score(WordListScorer scorer, int gap) {
        try (ChatStore store = ChatStore.open(db())) {
            ScoreStore scores = new ScoreStore(store);
            StoredModel model = scores.useModel(scorer);
            long messages = 0;
            int sessions = 0;
            for (StoredChat chat : scores.chats(null)) {
                messages += scores.scoreMessages(chat, model, scorer, 3, ScoringProgress.NONE);
                sessions += scores.scoreSessions(chat, model, scorer, gap, ScoringProgress.NONE);
            }
            return new Run(messages, sessions);
        }
    }

    @Test
    void onlyMessagesThatCarryWordsAreScoredAndMediaOnTheirCaption() throws Exception {
        importChat("Natan", List.of(
                event("2024-03-01T09:00", "Messages are end-to-end encrypted."),
                text("2024-03-01T09:01", "Natan", "Salut, trop bien"),
                media("2024-03-01T09:02", "Léa", "IMG-1.jpg", "la plage, génial"),
                kind("2024-03-01T09:03", "Léa", "IMG-2.jpg (file attached)", MessageKind.MEDIA, null),
                kind("2024-03-01T09:04", "Léa", "<Media omitted>", MessageKind.MEDIA, "  "),
                kind("2024-03-01T09:05", "Natan", "This message was deleted", MessageKind.DELETED, null),
                kind("2024-03-01T09:06", "Natan", "location: https://maps.google.com/?q=48.8,2.3",
                        MessageKind.LOCATION, null),
                text("2024-03-01T09:07", "Natan", "")));
        WordListScorer scorer = new WordListScorer("v1");

        assertEquals(new Run(3, 1), score(scorer, 60));

        assertEquals(List.of("Salut, trop bien|" + WordListScorer.of("Salut, trop bien").label(),
                        "IMG-1.jpg (file attached)\nla plage, génial|positive",
                        "|" + WordListScorer.of("").label()),
                Sql.rows(db(), "SELECT m.text, s.label FROM message_scores s JOIN messages m ON m.id = s.message_id "
                        + "ORDER BY m.ts"));
        assertEquals(List.of(WordListScorer.of("la plage, génial").positive() + ""),
                Sql.rows(db(), "SELECT s.positive FROM message_scores s JOIN messages m ON m.id = s.message_id "
                        + "WHERE m.kind = 'media'").stream().map(p -> (float) Double.parseDouble(p) + "").toList());
        assertEquals(List.of(List.of("Salut, trop bien", "la plage, génial", "")), scorer.conversations());
    }

    @Test
    void scoringAgainScoresOnlyWhatIsNew() throws Exception {
        importChat("Natan", Messages.numbered(10));
        WordListScorer scorer = new WordListScorer("v1");
        assertEquals(new Run(10, 1), score(scorer, 60));
        assertEquals(List.of(3, 3, 3, 1), scorer.batches());

        assertEquals(new Run(0, 0), score(scorer, 60));

        importChat("Natan", Messages.numbered(14));
        assertEquals(new Run(4, 1), score(scorer, 60));
        assertEquals(14, Sql.number(db(), "SELECT count(*) FROM message_scores"));
        assertEquals(List.of("1|14"), Sql.rows(db(), "SELECT count(*), sum(message_count) FROM session_scores"));
    }

    @Test
    void aSessionLongerThanTwiceTheEndsIsGivenToTheModelByItsFirstAndLastMessages() throws Exception {
        int count = 2 * SessionScoring.ENDS + 100;
        importChat("Natan", Messages.numbered(count)); // one a minute: a single session
        WordListScorer scorer = new WordListScorer("v1");
        try (ChatStore store = ChatStore.open(db())) {
            ScoreStore scores = new ScoreStore(store);
            StoredModel model = scores.useModel(scorer);
            StoredChat chat = scores.chats(null).get(0);
            assertEquals(count, scores.scoreMessages(chat, model, scorer, 1_024, ScoringProgress.NONE));
            assertEquals(1, scores.scoreSessions(chat, model, scorer, 60, ScoringProgress.NONE));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i < SessionScoring.ENDS || i >= count - SessionScoring.ENDS) {
                expected.add("message " + i);
            }
        }
        assertEquals(List.of(expected), scorer.conversations());
        assertEquals(List.of(count + ""), Sql.rows(db(), "SELECT message_count FROM session_scores"));
    }

    @Test
    void aModelChangeMakesScoresStaleKeepsThemAndAddsTheNewModels() throws Exception {
        importChat("Natan", Messages.numbered(5));
        score(new WordListScorer("v1"), 60);
        try (ChatStore store = ChatStore.open(db())) {
            ScoreStore scores = new ScoreStore(store);
            StoredModel v2 = scores.useModel(new WordListScorer("v2"));
            StoredChat chat = scores.chats("Natan").get(0);
            assertEquals(5, scores.unscored(chat, v2));
            assertEquals(5, scores.staleOnly(chat, v2));
            StoredModel v1 = scores.useModel(new WordListScorer("v1"));
            assertEquals(0, scores.unscored(chat, v1));
            assertEquals(0, scores.staleOnly(chat, v1));
        }

        assertEquals(new Run(5, 1), score(new WordListScorer("v2"), 60));

        assertEquals(List.of("word-list-fixture v1|5|1", "word-list-fixture v2|5|1"), Sql.rows(db(),
                "SELECT identity, (SELECT count(*) FROM message_scores s WHERE s.model_id = m.id), "
                        + "(SELECT count(*) FROM session_scores s WHERE s.model_id = m.id) FROM models m ORDER BY id"));
        assertEquals(new Run(0, 0), score(new WordListScorer("v2"), 60));
    }

    @Test
    void theModelIsRecordedOnceAndItsLastUseUpdated() throws Exception {
        importChat("Natan", Messages.numbered(1));
        score(new WordListScorer("v1"), 60);
        Sql.execute(db(), "UPDATE models SET last_used = '2000-01-01T00:00:00Z'");
        score(new WordListScorer("v1"), 60);
        List<String> rows = Sql.rows(db(), "SELECT count(*), min(last_used) > '2000-01-01T00:00:00Z', "
                + "min(first_used) = '2000-01-01T00:00:00Z' FROM models");
        assertEquals(List.of("1|1|0"), rows);
    }

    @Test
    void sessionsAreCutAfterMoreThanTheGapBetweenMessagesWithWords() throws Exception {
        importChat("Natan", List.of(
                text("2024-03-01T09:00", "Natan", "bonjour"),
                text("2024-03-01T09:30", "Léa", "super"),
                text("2024-03-01T10:30", "Natan", "exactement une heure après"),
                event("2024-03-01T11:00", "Léa a changé l'image du groupe"),
                text("2024-03-01T11:31", "Léa", "une heure et une minute après"),
                text("2024-03-01T11:31", "Natan", "même minute")));
        WordListScorer scorer = new WordListScorer("v1");

        assertEquals(new Run(5, 2), score(scorer, 60));

        assertEquals(List.of("2024-03-01T09:00:00|2024-03-01T10:30:00|3", "2024-03-01T11:31:00|2024-03-01T11:31:00|2"),
                Sql.rows(db(), "SELECT start_ts, end_ts, message_count FROM session_scores ORDER BY start_ts"));
        assertEquals(List.of(List.of("bonjour", "super", "exactement une heure après"),
                List.of("une heure et une minute après", "même minute")), scorer.conversations());
        assertEquals(List.of("bonjour|exactement une heure après", "une heure et une minute après|même minute"),
                Sql.rows(db(), "SELECT f.text, l.text FROM session_scores s JOIN messages f ON f.id = "
                        + "s.first_message_id JOIN messages l ON l.id = s.last_message_id ORDER BY s.start_ts"));
        String label = WordListScorer.of("bonjour\nsuper\nexactement une heure après").label();
        assertEquals(label, Sql.rows(db(), "SELECT label FROM session_scores ORDER BY start_ts").get(0));

        // Another gap gives other sessions, beside these.
        assertEquals(new Run(0, 1), score(scorer, 120));
        assertEquals(3, Sql.number(db(), "SELECT count(*) FROM session_scores"));
    }

    @Test
    void newMessagesRedoSessionsFromTheFirstTheyChangeAndKeepTheOnesBefore() throws Exception {
        List<Message> first = List.of(
                text("2024-03-01T09:00", "Natan", "jour un"),
                text("2024-03-02T09:00", "Natan", "jour deux, matin"),
                text("2024-03-02T11:00", "Léa", "jour deux, midi"),
                text("2024-03-03T09:00", "Natan", "jour trois"));
        importChat("Natan", first);
        WordListScorer scorer = new WordListScorer("v1");
        assertEquals(new Run(4, 4), score(scorer, 60));
        List<String> dayOne = Sql.rows(db(), "SELECT id FROM session_scores WHERE start_ts < '2024-03-02'");

        // A later export: a message bridging the two sessions of day two, and a new day.
        List<Message> later = new ArrayList<>(first);
        later.add(2, text("2024-03-02T10:00", "Léa", "jour deux, entre les deux"));
        later.add(text("2024-03-04T09:00", "Natan", "jour quatre"));
        importChat("Natan", later);
        WordListScorer again = new WordListScorer("v1");

        assertEquals(new Run(2, 3), score(again, 60));

        assertEquals(List.of(List.of("jour deux, matin", "jour deux, entre les deux", "jour deux, midi"),
                List.of("jour trois"), List.of("jour quatre")), again.conversations());
        assertEquals(dayOne, Sql.rows(db(), "SELECT id FROM session_scores WHERE start_ts < '2024-03-02'"));
        assertEquals(List.of("2024-03-01T09:00:00|1", "2024-03-02T09:00:00|3", "2024-03-03T09:00:00|1",
                "2024-03-04T09:00:00|1"), Sql.rows(db(), "SELECT start_ts, message_count FROM session_scores "
                + "ORDER BY start_ts"));
    }

    @Test
    void aMessageJustBeforeTheFirstSessionJoinsIt() throws Exception {
        importChat("Natan", List.of(text("2024-03-01T09:00", "Natan", "b"), text("2024-03-02T09:00", "Natan", "c")));
        score(new WordListScorer("v1"), 60);
        importChat("Natan", List.of(text("2024-03-01T08:30", "Léa", "a"), text("2024-03-01T09:00", "Natan", "b"),
                text("2024-03-02T09:00", "Natan", "c")));
        WordListScorer again = new WordListScorer("v1");
        assertEquals(new Run(1, 2), score(again, 60));
        assertEquals(List.of(List.of("a", "b"), List.of("c")), again.conversations());
    }

    @Test
    void sessionsLostToAnInterruptionAreRedoneOnTheNextRun() throws Exception {
        importChat("Natan", List.of(text("2024-03-01T09:00", "Natan", "un"), text("2024-03-02T09:00", "Natan", "deux"),
                text("2024-03-03T09:00", "Natan", "trois")));
        score(new WordListScorer("v1"), 60);
        // What a crash after committing the first batch of sessions leaves.
        Sql.execute(db(), "DELETE FROM session_scores WHERE start_ts >= '2024-03-02'");

        WordListScorer again = new WordListScorer("v1");
        assertEquals(new Run(0, 2), score(again, 60));
        assertEquals(List.of(List.of("deux"), List.of("trois")), again.conversations());
    }

    @Test
    void aCancelledStoreStopsScoringAndKeepsTheBatchesBefore() throws Exception {
        importChat("Natan", Messages.numbered(10));
        try (ChatStore store = ChatStore.open(db())) {
            ScoreStore scores = new ScoreStore(store);
            WordListScorer scorer = new WordListScorer("v1");
            StoredModel model = scores.useModel(scorer);
            StoredChat chat = scores.chats(null).get(0);
            int[] batches = {0};
            assertThrows(ImportCancelledException.class, () -> scores.scoreMessages(chat, model, scorer, 3, n -> {
                if (++batches[0] == 2) {
                    store.cancellation().cancel();
                }
            }));
        }
        assertEquals(6, Sql.number(db(), "SELECT count(*) FROM message_scores"));
        assertEquals(new Run(4, 1), score(new WordListScorer("v1"), 60));
    }

    @Test
    void chatsAreFoundByName() throws Exception {
        importChat("Natan", Messages.numbered(1));
        importChat("Léa", Messages.numbered(1));
        try (ChatStore store = ChatStore.open(db())) {
            ScoreStore scores = new ScoreStore(store);
            assertEquals(List.of("Léa", "Natan"), scores.chats(null).stream().map(StoredChat::name).toList());
            assertEquals("Natan", scores.chat("whatsapp", "Natan").orElseThrow().name());
            assertTrue(scores.chat("messenger", "Natan").isEmpty());
            assertTrue(scores.chats("Inès").isEmpty());
        }
    }
}
