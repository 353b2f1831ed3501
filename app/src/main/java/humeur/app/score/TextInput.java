package humeur.app.score;

import java.io.Closeable;
import java.io.IOException;

/** A source of texts to score, read one at a time, in order, so that a file of any size needs little memory. */
public interface TextInput extends Closeable {

    /**
     * The next text, or {@code null} at the end. Lines that hold no text (bad JSON, no text field) are reported to
     * the input's {@link InputWarnings} and passed over.
     *
     * @throws IOException when the input cannot be read any further; the message names the file and line
     */
    TextRecord next() throws IOException;

    /** Bytes read from the underlying file so far: how far along reading is. Safe to call from another thread. */
    long bytesRead();
}
