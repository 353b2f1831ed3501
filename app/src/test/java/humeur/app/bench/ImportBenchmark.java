package humeur.app.bench;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportProgress;
import humeur.app.store.ImportResult;
import humeur.app.store.SourceFile;
import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.Exports;
import humeur.ingest.ReadOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Import throughput of a WhatsApp export into a new SQLite database, reading and parsing included, then of a
 * re-import where every message is already there: {@code ImportBenchmark FILE [ROUNDS]}. Run it with
 * {@code bench/run import}, which generates the 1,000,000-message file and sets a 256 MB heap.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SourceFile source = SourceFile.describe(file);
        System.out.printf("file %s, %.1f MB, heap max %d MB%n", file, Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            Path db = Files.createTempFile("humeur-bench", ".db");
            Files.delete(db);
            try (ChatStore store = ChatStore.open(db)) {
                run("new database", file, store, source);
                run("re-import", file, store, source);
            } finally {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    Files.deleteIfExists(Path.of(db + suffix));
                }
            }
        }
    }

    private static void run(String what, Path file, ChatStore store, SourceFile source) throws Exception {
        long start = System.nanoTime();
        ImportResult result;
        try (ChatExport export = Exports.open(file, ReadOptions.defaults())) {
            ChatSource chat = export.chats().get(0);
            result = store.importChat(chat, source, chat.name(), ImportProgress.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-13s %,d messages read, %,d added in %.2f s: %,.0f messages/s%n", what, result.reading().tally().total(),
                result.added(), seconds, result.reading().tally().total() / seconds);
    }
}
