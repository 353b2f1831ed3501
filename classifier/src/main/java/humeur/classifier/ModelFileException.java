package humeur.classifier;

import java.io.IOException;

/** A model file that is missing, truncated or does not match the others; the message names the file, on one line. */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code file}: {@code reason}. */
    public ModelFileException(String file, String reason) {
        super(file + ": " + reason);
    }

    /** {@code file}: {@code reason}, caused by {@code cause}. */
    public ModelFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
