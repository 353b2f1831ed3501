package humeur.app.cli;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportProgress;
import humeur.app.store.ListedChat;
import humeur.app.store.Messages;
import humeur.app.store.SourceFile;
import humeur.app.store.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C (or kill) during an import: nothing of the chat is kept, and the user is told so. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void aSignalDuringAnImportRollsItBackAndSaysSo() throws Exception {
        Path db = dir.resolve("humeur.db");
        Path errFile = dir.resolve("stderr.txt");
        ChatStore.open(db).close();
        // SIGTERM rather than SIGINT (which Java cannot send): the JVM runs the same shutdown hooks for both.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptibleImport.class.getName(), db.toString(),
                "big.txt").redirectError(errFile.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("reading", out.readLine());
        }
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String err = Files.readString(errFile);

        assertEquals("\ninterrupted, nothing of big.txt was kept\n", err);
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM messages"));
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM chats"));
    }

    @Test
    void theHookWaitsForTheRollbackBeforeSayingNothingWasKept() throws Exception {
        Path db = dir.resolve("humeur.db");
        StringWriter err = new StringWriter();
        AtomicReference<Thread> hook = new AtomicReference<>();
        try (ChatStore store = ChatStore.open(db);
             InterruptGuard guard = InterruptGuard.install(store.cancellation(), new PrintWriter(err))) {
            guard.importing("natan.txt");
            int[] read = {0};
            ImportProgress ctrlC = m -> {
                if (++read[0] == 1_500) {
                    // What the JVM does on Ctrl-C: run the hook on its own thread while this one goes on.
                    Thread t = new Thread(guard::interrupted);
                    hook.set(t);
                    t.start();
                    while (!store.cancellation().isCancelled()) {
                        Thread.onSpinWait();
                    }
                }
            };
            assertThrows(humeur.app.store.ImportCancelledException.class, () -> store.importChat(
                    ListedChat.whatsapp("Natan", Messages.numbered(10_000)),
                    SourceFile.describe(Files.writeString(dir.resolve("natan.txt"), "x")), "Natan", ctrlC));
            hook.get().join(10_000);
        }
        assertEquals("\ninterrupted, nothing of natan.txt was kept\n",
                err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM messages"));
    }
}
