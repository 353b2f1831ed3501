package humeur.ingest.reviews;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far to crawl.
 *
 * @param delay        the least time between two requests to one host (a robots.txt Crawl-delay can make it longer)
 * @param maxPages     the most pages fetched in one run; the rest stays queued for the next ({@code --resume})
 * @param retries      how many times a page is tried again after a 429, a 5xx or a time-out
 * @param backoff      the wait before the first retry, doubled before each next one (unless the site says how long
 *                     with Retry-After)
 * @param maxWait      the longest wait accepted from a Retry-After; a site asking more is left for a later run
 * @param timeout      how long to wait for a connection or a response
 * @param maxPageBytes the largest page read; larger ones are skipped (a review page is a few hundred kB)
 * @param userAgent    how the crawler names itself to sites
 */
public record ScrapeSettings(Duration delay, int maxPages, int retries, Duration backoff, Duration maxWait,
                             Duration timeout, int maxPageBytes, String userAgent) {

    /** What humeur tells sites it is: its name, and why it comes. */
    public static final String USER_AGENT = "humeur/0.1 (+local sentiment research; polite crawler)";
    /** The name robots.txt rules address humeur by. */
    public static final String ROBOT_NAME = "humeur";

    public ScrapeSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxPages < 1 || retries < 0 || maxPageBytes < 1 || delay.isNegative() || backoff.isNegative()
                || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("needs at least one page, no negative retries, sizes or durations, "
                    + "and a time-out");
        }
    }

    /**
     * One request per second per host, 1,000 pages per run, 4 retries from 1 s (1, 2, 4, 8 s), Retry-After
     * accepted up to 10 minutes, 30 s time-out, pages up to 5 MB.
     */
    public static ScrapeSettings defaults() {
        return new ScrapeSettings(Duration.ofSeconds(1), 1_000, 4, Duration.ofSeconds(1), Duration.ofMinutes(10),
                Duration.ofSeconds(30), 5 << 20, USER_AGENT);
    }

    /** These settings with another least time between two requests to a host. */
    public ScrapeSettings withDelay(Duration newDelay) {
        return new ScrapeSettings(newDelay, maxPages, retries, backoff, maxWait, timeout, maxPageBytes, userAgent);
    }

    /** These settings with another page cap per run. */
    public ScrapeSettings withMaxPages(int newMaxPages) {
        return new ScrapeSettings(delay, newMaxPages, retries, backoff, maxWait, timeout, maxPageBytes, userAgent);
    }

    /** These settings with another number of retries, and another wait before the first (doubled at each). */
    public ScrapeSettings withRetries(int newRetries, Duration newBackoff) {
        return new ScrapeSettings(delay, maxPages, newRetries, newBackoff, maxWait, timeout, maxPageBytes, userAgent);
    }

    /** These settings with another time-out for connecting and reading. */
    public ScrapeSettings withTimeout(Duration newTimeout) {
        return new ScrapeSettings(delay, maxPages, retries, backoff, maxWait, newTimeout, maxPageBytes, userAgent);
    }

    /** These settings with another size above which pages are skipped. */
    public ScrapeSettings withMaxPageBytes(int newMaxPageBytes) {
        return new ScrapeSettings(delay, maxPages, retries, backoff, maxWait, timeout, newMaxPageBytes, userAgent);
    }
}
