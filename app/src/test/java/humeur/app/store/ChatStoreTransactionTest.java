package humeur.app.store;

import humeur.ingest.ExportException;
import humeur.ingest.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import is one transaction: whatever stops it half-way, nothing of it remains, and a rerun completes it. */
class ChatStoreTransactionTest {
    // More than a few batches, so that rows were written to the database before the failure.
    private static final int MESSAGES = 5 * MessageRows.BATCH_SIZE + 123;

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("humeur.db");
    }

    private SourceFile source() {
        return new SourceFile(dir.resolve("export.txt"), null, null);
    }

    private void assertNothingStored() throws Exception {
        for (String table : List.of("chats", "sources", "participants", "messages", "reactions")) {
            assertEquals(0, Sql.number(db(), "SELECT count(*) FROM " + table), table);
        }
    }

    @Test
    void aReaderFailingHalfWayLeavesNothingAndARerunImportsEverything() throws Exception {
        List<Message> messages = Messages.numbered(MESSAGES);
        try (ChatStore store = ChatStore.open(db())) {
            ListedChat broken = ListedChat.whatsapp("Natan", messages).failingAfter(MESSAGES - 10);
            ExportException e = assertThrows(ExportException.class,
                    () -> store.importChat(broken, source(), "Natan", ImportProgress.NONE));
            assertEquals("Natan.txt: line " + (MESSAGES - 9) + ": not a message", e.getMessage());
        }
        assertNothingStored();

        try (ChatStore store = ChatStore.open(db())) {
            ImportResult rerun = store.importChat(ListedChat.whatsapp("Natan", messages), source(), "Natan",
                    ImportProgress.NONE);
            assertEquals(MESSAGES, rerun.added());
        }
        assertEquals(MESSAGES, Sql.number(db(), "SELECT count(*) FROM messages"));
    }

    @Test
    void aFailedImportLeavesEarlierImportsOfTheChatAsTheyWere() throws Exception {
        List<Message> messages = Messages.numbered(MESSAGES);
        try (ChatStore store = ChatStore.open(db())) {
            store.importChat(ListedChat.whatsapp("Natan", messages.subList(0, 100)), source(), "Natan",
                    ImportProgress.NONE);
            assertThrows(ExportException.class, () -> store.importChat(
                    ListedChat.whatsapp("Natan", messages).failingAfter(3_000), source(), "Natan", ImportProgress.NONE));
            // The same connection goes on working after a rollback.
            store.importChat(ListedChat.whatsapp("Léa", messages.subList(0, 5)), source(), "Léa", ImportProgress.NONE);
        }
        assertEquals(List.of("Natan|100", "Léa|5"), Sql.rows(db(), "SELECT c.name, count(m.id) FROM chats c "
                + "JOIN messages m ON m.chat_id = c.id GROUP BY c.id ORDER BY c.id"));
        assertEquals(2, Sql.number(db(), "SELECT count(*) FROM sources"));
    }

    @Test
    void aCancelledImportIsRolledBackAndLaterOnesRefused() throws Exception {
        List<Message> messages = Messages.numbered(MESSAGES);
        AtomicBoolean wasInTransaction = new AtomicBoolean();
        try (ChatStore store = ChatStore.open(db())) {
            AtomicInteger read = new AtomicInteger();
            // What a Ctrl-C shutdown hook does, here from the importing thread itself after 2,500 messages.
            ImportProgress interrupt = m -> {
                if (read.incrementAndGet() == 2_500) {
                    wasInTransaction.set(store.cancellation().cancel());
                }
            };
            assertThrows(ImportCancelledException.class, () -> store.importChat(
                    ListedChat.whatsapp("Natan", messages), source(), "Natan", interrupt));
            assertTrue(wasInTransaction.get());
            assertTrue(store.cancellation().isCancelled());
            assertThrows(ImportCancelledException.class, () -> store.importChat(
                    ListedChat.whatsapp("Léa", messages), source(), "Léa", ImportProgress.NONE));
        }
        assertNothingStored();

        try (ChatStore store = ChatStore.open(db())) {
            assertEquals(MESSAGES, store.importChat(ListedChat.whatsapp("Natan", messages), source(), "Natan",
                    ImportProgress.NONE).added());
        }
    }

    @Test
    void cancellingBetweenImportsReportsThatNothingWasOpen() throws Exception {
        try (ChatStore store = ChatStore.open(db())) {
            store.importChat(ListedChat.whatsapp("Natan", Messages.numbered(10)), source(), "Natan",
                    ImportProgress.NONE);
            assertFalse(store.cancellation().cancel(), "the import had committed");
        }
        assertEquals(10, Sql.number(db(), "SELECT count(*) FROM messages"));
    }

    @Test
    void aProcessKilledMidImportLeavesTheDatabaseAsBeforeAndARerunCompletesIt() throws Exception {
        try (ChatStore store = ChatStore.open(db())) {
            store.importChat(ListedChat.whatsapp("Léa", Messages.numbered(10)), source(), "Léa", ImportProgress.NONE);
        }
        // Another JVM imports and halts mid-way, as kill -9 would: no shutdown hook, no rollback, no close.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltedImport.class.getName(), db().toString(),
                String.valueOf(MESSAGES), "3000").inheritIO().start();
        assertEquals(HaltedImport.EXIT_CODE, process.waitFor());

        assertEquals(List.of("Léa|10"), Sql.rows(db(), "SELECT c.name, count(m.id) FROM chats c "
                + "JOIN messages m ON m.chat_id = c.id GROUP BY c.id"));
        assertEquals(1, Sql.number(db(), "SELECT count(*) FROM sources"));
        try (ChatStore store = ChatStore.open(db())) {
            assertEquals(MESSAGES, store.importChat(ListedChat.whatsapp("Natan", Messages.numbered(MESSAGES)),
                    source(), "Natan", ImportProgress.NONE).added());
        }
    }
}
