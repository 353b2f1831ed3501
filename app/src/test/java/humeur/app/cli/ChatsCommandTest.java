package humeur.app.cli;

import humeur.app.store.ListedChat;
import humeur.app.store.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static humeur.app.store.Messages.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ChatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheImportedChatsAsAnAlignedTable() throws Exception {
        Path db = dir.resolve("humeur.db");
        Path export = Files.writeString(dir.resolve("export.zip"), "an export");
        Cli.run(Cli.serving(export,
                        ListedChat.whatsapp("Natan", Messages.numbered(1_200)),
                        new ListedChat("messenger", "Famille 👪", List.of(event("2019-06-30T08:00", "Léa created the group")))),
                "import", "--db", db.toString(), export.toString());

        Cli.Result r = Cli.run("chats", "--db", db.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(String.join("\n",
                "APP        CHAT        MESSAGES  PARTICIPANTS  FIRST       LAST",
                "messenger  Famille 👪         1             0  2019-06-30  2019-06-30",
                "whatsapp   Natan          1,200             2  2024-01-01  2024-01-01",
                ""), r.out());
    }

    @Test
    void withoutADatabaseSaysSoAndCreatesNone() {
        Path db = dir.resolve("nowhere/humeur.db");
        Cli.Result r = Cli.run("chats", "--db", db.toString());
        assertEquals(0, r.exitCode());
        assertEquals("No chats yet: there is no database at " + db + ". Import an export with: humeur import FILE\n",
                r.out());
        assertFalse(Files.exists(db.getParent()));
    }

    @Test
    void anEmptyDatabaseSaysThereAreNoChats() {
        Path db = dir.resolve("humeur.db");
        Cli.run("import", "--db", db.toString(), dir.resolve("missing.txt").toString());
        Cli.Result r = Cli.run("chats", "--db", db.toString());
        assertEquals("No chats yet in " + db + ". Import an export with: humeur import FILE\n", r.out());
    }
}
