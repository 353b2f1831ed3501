package humeur.corpora;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The development data in {@code ../shared/data} beside the repository; tests using it skip when it is absent. */
public final class SharedData {
    /** From the module folder, where Maven runs the tests: the repository root's sibling {@code shared/data}. */
    private static final Path DIR = Path.of("..", "..", "shared", "data");

    private SharedData() {
    }

    /** {@code relative} inside shared/data; skips the calling test, saying why, when it is not there. */
    public static Path path(String relative) {
        Path path = DIR.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                () -> "shared/data not found at " + path.toAbsolutePath().normalize() + ": skipping");
        return path;
    }
}
