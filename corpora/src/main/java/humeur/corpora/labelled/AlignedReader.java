package humeur.corpora.labelled;

import humeur.corpora.CorpusException;
import humeur.corpora.Lines;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A text file and a label file read line by line together (DEFT 2017's {@code train_text.txt} and
 * {@code train_labels.txt}): line n of one labels line n of the other, so the files must have as many lines.
 */
final class AlignedReader implements LabelledReader {
    private final Path textFile;
    private final Path labelFile;
    private final Lines texts;
    private final Lines labels;
    private final LabelScheme scheme;

    private AlignedReader(Path textFile, Path labelFile, Lines texts, Lines labels, LabelScheme scheme) {
        this.textFile = textFile;
        this.labelFile = labelFile;
        this.texts = texts;
        this.labels = labels;
        this.scheme = scheme;
    }

    static AlignedReader open(Path textFile, Path labelFile, LabelScheme scheme) throws IOException {
        Lines texts = Rows.open(textFile);
        try {
            return new AlignedReader(textFile, labelFile, texts, Rows.open(labelFile), scheme);
        } catch (IOException | RuntimeException e) {
            texts.close();
            throw e;
        }
    }

    @Override
    public LabelledText read() throws IOException {
        String text = texts.next();
        String label = labels.next();
        if (text == null && label == null) {
            if (texts.number() == 0) {
                throw Rows.empty(textFile);
            }
            return null;
        }
        if (text == null || label == null) {
            throw new CorpusException(textFile + " has " + count(texts, text) + " lines but " + labelFile + " has "
                    + count(labels, label) + ": the files do not line up");
        }
        if (scheme.parse(label) == null) {
            Rows.record(text, label, scheme, labels.location());
        }
        return Rows.record(text, label, scheme, texts.location());
    }

    /** The number of lines of a file, reading the rest of it when it has not ended. */
    private static long count(Lines lines, String last) throws IOException {
        if (last != null) {
            while (lines.next() != null) {
                // count the remaining lines without keeping them
            }
        }
        return lines.number();
    }

    @Override
    public void close() throws IOException {
        try (labels) {
            texts.close();
        }
    }
}
