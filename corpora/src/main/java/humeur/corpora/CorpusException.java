package humeur.corpora;

import java.io.IOException;

/** A corpus that cannot be read; the message names the file and, when known, the line or page. */
public class CorpusException extends IOException {
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
