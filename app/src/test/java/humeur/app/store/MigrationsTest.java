package humeur.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsTheWholeSchemaAndTheLatestVersion() throws Exception {
        Path db = dir.resolve("a/b/humeur.db");
        try (ChatStore store = ChatStore.open(db)) {
            assertEquals(Migrations.latestVersion(), Migrations.version(store.connection()));
        }
        assertTrue(Files.isRegularFile(db), "parent folders are created");
        assertEquals(Migrations.latestVersion(), Sql.number(db, "PRAGMA user_version"));
        assertEquals("chats,message_scores,messages,models,participants,reactions,session_scores,sources", String.join(",",
                Sql.rows(db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' "
                        + "ORDER BY name)")));
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM sqlite_master WHERE name = 'messages_by_chat_and_time'"));
        assertEquals("wal", Sql.rows(db, "PRAGMA journal_mode").get(0));
    }

    @Test
    void reopeningAnUpToDateDatabaseChangesNothing() throws Exception {
        Path db = dir.resolve("humeur.db");
        ChatStore.open(db).close();
        Sql.execute(db, "INSERT INTO chats (platform, name) VALUES ('whatsapp', 'Natan')");
        ChatStore.open(db).close();
        assertEquals(1, Sql.number(db, "SELECT count(*) FROM chats"));
        assertEquals(Migrations.latestVersion(), Sql.number(db, "PRAGMA user_version"));
    }

    @Test
    void aDatabaseFromANewerHumeurIsRefusedWithAClearMessage() throws Exception {
        Path db = dir.resolve("humeur.db");
        ChatStore.open(db).close();
        Sql.execute(db, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        StoreException e = assertThrows(StoreException.class, () -> ChatStore.open(db));
        assertTrue(e.getMessage().startsWith(db + ": this database was written by a newer humeur"), e.getMessage());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingIt() throws Exception {
        Path db = dir.resolve("notes.txt");
        Files.writeString(db, "these are not the tables you are looking for, ".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> ChatStore.open(db));
        assertEquals(db + ": cannot open the database: not an SQLite database", e.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedNamingTheDatabase() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Path db = blocker.resolve("humeur.db");
        StoreException e = assertThrows(StoreException.class, () -> ChatStore.open(db));
        assertTrue(e.getMessage().startsWith(db + ": cannot create its folder"), e.getMessage());
    }
}
