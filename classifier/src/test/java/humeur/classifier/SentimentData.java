package humeur.classifier;

import humeur.classifier.train.LabelledExample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The labelled sets of {@code ../shared/data/sentiment} for the classifier's tests; they skip where it is absent. The
 * module does not depend on corpora (whose readers the command line uses), so this reads the two layouts the tests
 * need itself: AlloCiné's {@code text,label} CSV (RFC 4180 quoting) and DEFT 2017's aligned text and label files.
 */
public final class SentimentData {
    public static final Path ROOT = Path.of(System.getProperty("humeur.test.sentimentData",
            Path.of("..", "..", "shared", "data", "sentiment").toString()));
    public static final Path ALLOCINE_TRAIN = ROOT.resolve("allocine").resolve("train.csv");
    public static final Path ALLOCINE_TEST = ROOT.resolve("allocine").resolve("test.csv");
    public static final Path DEFT_TRAIN = ROOT.resolve("deft2017").resolve("train_text.txt");
    public static final Path DEFT_VAL = ROOT.resolve("deft2017").resolve("val_text.txt");

    private SentimentData() {
    }

    /** Skips the calling test, saying why, when {@code file} is absent. */
    public static void assumePresent(Path file) {
        assumeTrue(Files.isReadable(file), "skipped: " + file.toAbsolutePath().normalize()
                + " is absent (the shared sentiment data is for development machines only)");
    }

    /** The examples of a {@code text,label} CSV file or of a {@code NAME_text.txt} file with its {@code NAME_labels.txt}. */
    public static List<LabelledExample> read(Path file) throws IOException {
        assumePresent(file);
        String name = file.getFileName().toString();
        if (name.endsWith("_text.txt")) {
            List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> labels = Files.readAllLines(file.resolveSibling(name.replace("_text.txt", "_labels.txt")));
            List<LabelledExample> examples = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                examples.add(new LabelledExample(texts.get(i), Integer.parseInt(labels.get(i).strip())));
            }
            return examples;
        }
        return csv(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<LabelledExample> csv(String content) {
        List<LabelledExample> examples = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!header && row.size() == 2) {
                    examples.add(new LabelledExample(row.get(0), Integer.parseInt(row.get(1).strip())));
                }
                header = false;
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            if (row.size() == 2) {
                examples.add(new LabelledExample(row.get(0), Integer.parseInt(row.get(1).strip())));
            }
        }
        return examples;
    }
}
