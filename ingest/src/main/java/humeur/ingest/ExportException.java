package humeur.ingest;

import java.io.IOException;

/** An export that cannot be read; the message names the file and, when known, the line or field. */
public class ExportException extends IOException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
