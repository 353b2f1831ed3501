package humeur.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Import speed, in messages per second, of a generated chat into a new database, then of a re-import (all already
 * there) and of an overlapping later export. Not run with the tests (its name does not end in Test); run it with
 * <pre>mvn -q -o -pl app -am test -Dtest=ImportSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine=-Xmx256m -Dhumeur.bench.messages=2000000</pre>
 */
class ImportSpeedBenchmark {
    @TempDir
    Path dir;

    @Test
    void importSpeed() throws Exception {
        long count = Long.getLong("humeur.bench.messages", 1_000_000);
        assumeTrue(count > 0);
        Path db = dir.resolve("bench.db");
        SourceFile source = new SourceFile(dir.resolve("generated.txt"), null, null);
        try (ChatStore store = ChatStore.open(db)) {
            // Warm-up on another chat, so that the JIT has compiled the import path.
            store.importChat(new GeneratedChat("warm-up", 200_000, 1), source, "warm-up", ImportProgress.NONE);

            long added = measure("new database", count, () -> store.importChat(new GeneratedChat("Natan", count, 7),
                    source, "Natan", ImportProgress.NONE).added());
            assertEquals(count, added);
            assertEquals(0, measure("re-import", count, () -> store.importChat(new GeneratedChat("Natan", count, 7),
                    source, "Natan", ImportProgress.NONE).added()));
        }
        System.out.printf("max heap %d MB, database %d MB%n", Runtime.getRuntime().maxMemory() >> 20,
                java.nio.file.Files.size(db) >> 20);
    }

    private interface Run {
        long run() throws Exception;
    }

    private static long measure(String what, long count, Run run) throws Exception {
        long start = System.nanoTime();
        long added = run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-14s %,d messages in %.2f s: %,.0f messages/s (%,d added)%n", what, count, seconds,
                count / seconds, added);
        return added;
    }
}
