package humeur.ingest.bench;

import humeur.ingest.ChatExport;
import humeur.ingest.Exports;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parse throughput of a large WhatsApp export, file in page cache and reading included:
 * {@code WhatsAppParseBenchmark [FILE] [MESSAGES] [ROUNDS]}. Run it with {@code bench/run parse}.
 */
public final class WhatsAppParseBenchmark {
    private WhatsAppParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/out/android-1M.txt");
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            SyntheticExport.write(file, messages, 42);
        }
        System.out.printf("file %s, %.1f MB, heap max %d MB%n", file, Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        double best = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long count = 0, chars = 0;
            try (ChatExport export = Exports.open(file, ReadOptions.defaults());
                 MessageReader reader = export.chats().get(0).open()) {
                for (Message m; (m = reader.read()) != null; ) {
                    count++;
                    chars += m.text().length();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = count / seconds;
            best = Math.max(best, rate);
            System.out.printf("round %d: %,d messages (%,d chars) in %.3f s = %,.0f messages/s%n", round, count, chars, seconds, rate);
        }
        System.out.printf("best: %,.0f messages/s%n", best);
    }
}
