package humeur.app.cli;

import humeur.app.store.ChatStore;
import humeur.app.store.Migrations;
import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorHandlerTest {
    @TempDir
    Path dir;

    private Path newerDatabase() throws Exception {
        Path db = dir.resolve("humeur.db");
        ChatStore.open(db).close();
        Sql.execute(db, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        return db;
    }

    @Test
    void aDatabaseErrorIsOneLineWithoutStackTrace() throws Exception {
        Path db = newerDatabase();
        Cli.Result r = Cli.run("chats", "--db", db.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + db + ": this database was written by a newer humeur (schema version "
                + (Migrations.latestVersion() + 1) + ", this one knows up to " + Migrations.latestVersion()
                + "); upgrade humeur to use it\n", r.err());
    }

    @Test
    void aDatabaseThatIsNotOneIsOneLineForImportToo() throws Exception {
        Path db = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some words. ".repeat(50));
        Cli.Result r = Cli.run("import", "--db", db.toString(), "x.txt");
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + db + ": cannot open the database: not an SQLite database\n", r.err());
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Path db = newerDatabase();
        Cli.Result r = Cli.run("chats", "--debug", "--db", db.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("humeur: " + db + ": this database was written by a newer humeur"), r.err());
        assertTrue(r.err().contains("\tat humeur.app.store.Migrations"), r.err());

        Cli.Result before = Cli.run("--debug", "chats", "--db", db.toString());
        assertTrue(before.err().contains("\tat "), "--debug before the command works too");
    }

    @Test
    void withoutDebugNoStackTrace() throws Exception {
        Cli.Result r = Cli.run("chats", "--db", newerDatabase().toString());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
