package humeur.classifier;

import humeur.classifier.train.LabelledExample;
import humeur.corpora.labelled.LabelScheme;
import humeur.corpora.labelled.LabelledSets;
import humeur.corpora.labelled.LabelledText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The labelled sets of {@code ../shared/data/sentiment}, read with corpora's readers; tests skip where they are absent. */
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

    /** The examples of {@code file} under {@code scheme}, labels as class indices. */
    public static List<LabelledExample> read(Path file, LabelScheme scheme) throws IOException {
        assumePresent(file);
        List<LabelledText> texts = LabelledSets.open(file, scheme).readAll();
        return texts.stream().map(t -> new LabelledExample(t.text(), scheme.index(t.label()))).toList();
    }
}
