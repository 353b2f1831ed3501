package humeur.corpora.tokens;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The paragraphs of corpus files as one {@link Iterable} of texts, streamed file after file, for APIs that take
 * texts (such as the subword trainer). Reading errors surface as {@link UncheckedIOException}s.
 */
public final class CorpusTexts implements Iterable<String> {
    private final List<Path> files;

    /** The texts of {@code files}, opened with {@link CorpusSources#open} in order. */
    public CorpusTexts(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int nextFile;
            private ParagraphReader reader;
            private Paragraph next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        if (reader == null) {
                            if (nextFile == files.size()) {
                                return false;
                            }
                            reader = CorpusSources.open(files.get(nextFile++));
                        }
                        next = reader.read();
                        if (next == null) {
                            reader.close();
                            reader = null;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String text = next.text();
                next = null;
                return text;
            }
        };
    }
}
