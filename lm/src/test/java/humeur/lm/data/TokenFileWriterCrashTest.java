package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Only a committed file ever appears at the target: not after an exception, not after the JVM dies mid-write. */
class TokenFileWriterCrashTest {
    @TempDir
    Path dir;

    @Test
    void anExceptionBeforeCommitLeavesNothing() throws IOException {
        Path file = dir.resolve("corpus.tok");
        assertThrows(IllegalStateException.class, () -> {
            try (TokenFileWriter out = TokenFileWriter.create(file, "v", "h", 100, "f")) {
                out.append(new int[] {2, 3, 4});
                throw new IllegalStateException("tokeniser failed");
            }
        });
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aKilledWriterLeavesNoTargetAndTheOldFileIntact() throws Exception {
        Path file = TokenFiles.write(dir.resolve("corpus.tok"), 100, List.of(new int[] {2, 42}));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltedWriter.class.getName(), file.toString())
                .inheritIO().start();
        assertEquals(HaltedWriter.EXIT_CODE, child.waitFor());

        TokenFile survivor = TokenFile.open(file);
        assertEquals(1, survivor.documentCount());
        assertArrayEquals(new int[] {2, 42}, survivor.document(0));

        Path fresh = dir.resolve("fresh.tok");
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HaltedWriter.class.getName(), fresh.toString())
                .inheritIO().start();
        assertEquals(HaltedWriter.EXIT_CODE, child.waitFor());
        assertFalse(Files.exists(fresh));
    }

    /** Writes a few megabytes of ids, then halts the JVM as a crash or a kill would: no finally, no close. */
    static final class HaltedWriter {
        static final int EXIT_CODE = 37;

        public static void main(String[] args) throws IOException {
            TokenFileWriter out = TokenFileWriter.create(Path.of(args[0]), "v", "h", 100, "f");
            int[] doc = new int[1000];
            for (int d = 0; d < 3000; d++) {
                out.append(doc);
            }
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
