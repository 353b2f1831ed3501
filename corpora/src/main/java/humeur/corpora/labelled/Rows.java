package humeur.corpora.labelled;

import humeur.corpora.CleanText;
import humeur.corpora.CorpusException;
import humeur.corpora.Lines;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every labelled-set reader shares: opening a file strictly, and checking a row's label and text. */
final class Rows {
    private static final int SHOWN = 40;

    private Rows() {
    }

    /** The lines of {@code file}, read strictly: a non-UTF-8 or over-long line is an error naming it. */
    static Lines open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        return Lines.strict(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file.toString(), Lines.DEFAULT_MAX_BYTES);
    }

    /** The record for a row, or an error at {@code location} for a label outside {@code scheme} or an empty text. */
    static LabelledText record(String text, String label, LabelScheme scheme, String location) throws CorpusException {
        Sentiment sentiment = scheme.parse(label);
        if (sentiment == null) {
            throw new CorpusException(location + ": unknown label \"" + shorten(label) + "\"; "
                    + scheme.name().toLowerCase(java.util.Locale.ROOT) + " labels are " + scheme.describe());
        }
        String tidy = CleanText.of(text);
        if (tidy.isEmpty()) {
            throw new CorpusException(location + ": empty text");
        }
        return new LabelledText(tidy, sentiment, location);
    }

    /** The error for a set that holds no record at all. */
    static CorpusException empty(Path file) {
        return new CorpusException(file + ": no labelled text in this file");
    }

    static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
