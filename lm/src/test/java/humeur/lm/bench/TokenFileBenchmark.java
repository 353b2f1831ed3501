package humeur.lm.bench;

import humeur.lm.data.TokenFile;
import humeur.lm.data.TokenFileWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Write and read throughput of token-id files: {@code TokenFileBenchmark [DIR] [IDS] [VOCABULARY] [ROUNDS]}, by
 * default 100 M ids of a 60,000-word vocabulary (2-byte ids) in bench/out. Writing includes the final fsync and
 * rename; reading is from the page cache, by {@code get} one id at a time and by bulk {@code read} in 64 Ki windows.
 * Run: {@code mvn -q -o -pl lm test-compile && java -cp lm/target/classes:lm/target/test-classes humeur.lm.bench.TokenFileBenchmark}.
 */
public final class TokenFileBenchmark {
    private static final int DOCUMENT = 300; // about a Wikipedia paragraph

    private TokenFileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/out");
        long ids = args.length > 1 ? Long.parseLong(args[1]) : 100_000_000L;
        int vocabulary = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Files.createDirectories(dir);
        Path file = dir.resolve("benchmark-" + vocabulary + ".tok");
        // Zipf-like ids from a small pool of precomputed documents, so that generating them costs nothing
        SplittableRandom random = new SplittableRandom(42);
        int[][] pool = new int[64][DOCUMENT];
        for (int[] doc : pool) {
            doc[0] = 2;
            for (int i = 1; i < DOCUMENT; i++) {
                doc[i] = (int) Math.min(vocabulary - 1, Math.floor(Math.pow(vocabulary, random.nextDouble())));
            }
        }
        System.out.printf("%,d ids, vocabulary %,d, heap max %d MB%n", ids, vocabulary, Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            try (TokenFileWriter out = TokenFileWriter.create(file, "bench.vocab", "bench", vocabulary, "benchmark")) {
                for (long written = 0; written < ids; written += DOCUMENT) {
                    out.append(pool[(int) (written / DOCUMENT) & 63], 0, (int) Math.min(DOCUMENT, ids - written));
                }
                out.commit();
            }
            report(round, "write", ids, start, Files.size(file));

            TokenFile tokens = TokenFile.open(file, "bench");
            start = System.nanoTime();
            long sum = 0;
            for (long i = 0, n = tokens.size(); i < n; i++) {
                sum += tokens.get(i);
            }
            report(round, "get", tokens.size(), start, sum);

            start = System.nanoTime();
            int[] window = new int[1 << 16];
            sum = 0;
            for (long at = 0, n = tokens.size(); at < n; at += window.length) {
                int length = (int) Math.min(window.length, n - at);
                tokens.read(at, window, 0, length);
                for (int i = 0; i < length; i++) {
                    sum += window[i];
                }
            }
            report(round, "read", tokens.size(), start, sum);
        }
        Files.delete(file);
    }

    private static void report(int round, String what, long ids, long start, long check) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d %-5s %,d ids in %.3f s = %,.0f M ids/s (%d)%n", round, what, ids, seconds, ids / seconds / 1e6, check);
    }
}
