package humeur.ingest.reviews;

import java.io.IOException;

/**
 * A review site, profile, crawl or review file that cannot be used. The message is written for people: it names the
 * profile, the file or the page, and what to do when there is something to do.
 */
public class ReviewsException extends IOException {
    private static final long serialVersionUID = 1L;

    public ReviewsException(String message) {
        super(message);
    }

    public ReviewsException(String message, Throwable cause) {
        super(message, cause);
    }
}
