package humeur.lm.model;

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
 * Real French text for the learning tests: the first lines of a prose file from the shared development data
 * ({@code ../../shared/data/lm} from this module), or, where that is absent (the repository alone), a short original
 * text committed beside the tests.
 */
final class FrenchText {
    static final Path SHARED = Path.of(System.getProperty("humeur.test.lmData",
            Path.of("..", "..", "shared", "data", "lm").toString()));
    private static final String FILE = "commonvoice-framabook.txt.gz";
    private static final String FALLBACK = "prose-fr.txt";

    private FrenchText() {
    }

    /** Up to {@code max} non-blank lines, and where they came from. */
    static Lines lines(int max) throws IOException {
        Path file = SHARED.resolve(FILE);
        if (Files.isReadable(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new Lines(read(in, max), file.toAbsolutePath().normalize().toString(), true);
            }
        }
        try (InputStream in = FrenchText.class.getResourceAsStream(FALLBACK)) {
            return new Lines(read(in, max), FALLBACK + " (the shared data at " + SHARED.toAbsolutePath().normalize()
                    + " is absent)", false);
        }
    }

    private static List<String> read(InputStream in, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; lines.size() < max && (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The lines, a description of their source, and whether they are the shared data (large enough to hold out). */
    record Lines(List<String> lines, String source, boolean shared) {
    }
}
