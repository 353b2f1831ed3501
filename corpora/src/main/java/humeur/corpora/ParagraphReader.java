package humeur.corpora;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the paragraphs of a corpus in order, in constant memory: call {@link #read()} until it returns {@code null}.
 * A corpus with no paragraph at all is an error, reported by the read that reaches its end.
 */
public interface ParagraphReader extends Closeable {

    /** The next paragraph, or {@code null} at the end; unreadable input throws a {@link CorpusException} naming it. */
    Paragraph read() throws IOException;

    /** What was left out so far, by reason. */
    Skips skipped();
}
