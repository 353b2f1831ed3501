package humeur.corpora.labelled;

import humeur.corpora.CorpusException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point for labelled sets: opens a file in one of the three layouts as a {@link LabelledReader}.
 *
 * <pre>{@code
 * List<LabelledText> train = LabelledSets.open(Path.of("../shared/data/sentiment/allocine/train.csv"), LabelScheme.BINARY).readAll();
 * }</pre>
 */
public final class LabelledSets {
    private LabelledSets() {
    }

    /** A CSV file with a {@code text,label} header, RFC 4180 quoting and multi-line fields allowed. */
    public static LabelledReader csv(Path file, LabelScheme scheme) throws IOException {
        return CsvReader.open(file, scheme);
    }

    /** A {@code label<TAB>text} file without header, one record per line. */
    public static LabelledReader tsv(Path file, LabelScheme scheme) throws IOException {
        return TsvReader.open(file, scheme);
    }

    /** A text file and a label file with one record per line each, line n of one labelling line n of the other. */
    public static LabelledReader aligned(Path textFile, Path labelFile, LabelScheme scheme) throws IOException {
        return AlignedReader.open(textFile, labelFile, scheme);
    }

    /**
     * Opens {@code file} by its name: {@code *.csv} as CSV, {@code *.tsv} as TSV, and {@code NAME_text.txt} as
     * aligned with {@code NAME_labels.txt} beside it. Other names are refused with a message listing these.
     */
    public static LabelledReader open(Path file, LabelScheme scheme) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            return csv(file, scheme);
        }
        if (name.endsWith(".tsv")) {
            return tsv(file, scheme);
        }
        if (name.endsWith("_text.txt")) {
            return aligned(file, file.resolveSibling(name.substring(0, name.length() - "_text.txt".length()) + "_labels.txt"), scheme);
        }
        throw new CorpusException(file + ": not a known labelled layout (expected text,label .csv; label<TAB>text .tsv; "
                + "or NAME_text.txt with NAME_labels.txt)");
    }
}
