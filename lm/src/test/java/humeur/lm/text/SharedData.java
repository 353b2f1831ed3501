package humeur.lm.text;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The project's development data, {@code ../shared/data} from the repository root, so {@code ../../shared/data} from
 * this module, where tests run. Tests that need it skip, saying so, when it is absent.
 */
final class SharedData {
    static final Path DIR = Path.of("..", "..", "shared", "data");

    private SharedData() {
    }

    /** {@code relative} inside the shared data; skips the calling test when it is missing. */
    static Path require(String relative) {
        Path file = DIR.resolve(relative);
        Assumptions.assumeTrue(Files.isReadable(file), () -> "skipped: " + file.toAbsolutePath().normalize()
                + " is absent (the shared development data lives beside the repository as ../shared/data)");
        return file;
    }

    /** Up to {@code max} lines of a text file, gunzipped if its name ends in {@code .gz}, {@code #} header lines skipped. */
    static List<String> lines(Path file, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            for (String line; lines.size() < max && (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
