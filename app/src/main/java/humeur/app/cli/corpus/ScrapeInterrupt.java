package humeur.app.cli.corpus;

import humeur.ingest.reviews.ReviewScraper;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Handles Ctrl-C during a crawl. The JVM runs shutdown hooks while the crawl goes on and exits when they end, so the
 * hook asks the crawl to stop and waits for it to finish its page, save its state and print its summary. Nothing is
 * lost if it waits in vain (a slow request): the state on disk is always that of the last complete page.
 */
final class ScrapeInterrupt implements AutoCloseable {
    /** A request under way may take this long to end; beyond, the crawl is left where its state says. */
    static final long WAIT_MILLIS = 10_000;

    private final ReviewScraper scraper;
    private final PrintWriter err;
    private final long waitMillis;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private ScrapeInterrupt(ReviewScraper scraper, PrintWriter err, long waitMillis) {
        this.scraper = scraper;
        this.err = err;
        this.waitMillis = waitMillis;
        this.hook = new Thread(this::interrupted, "humeur-interrupt");
    }

    /** Watches for Ctrl-C (and kill) until closed. */
    static ScrapeInterrupt install(ReviewScraper scraper, PrintWriter err) {
        return install(scraper, err, WAIT_MILLIS);
    }

    /** Watches for Ctrl-C until closed, waiting at most {@code waitMillis} for the crawl to end. */
    static ScrapeInterrupt install(ReviewScraper scraper, PrintWriter err, long waitMillis) {
        ScrapeInterrupt guard = new ScrapeInterrupt(scraper, err, waitMillis);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Says the crawl is over and its summary printed: what a Ctrl-C waits for. */
    void finished() {
        done.countDown();
    }

    /** What the shutdown hook does; separate for tests. */
    void interrupted() {
        scraper.stop();
        try {
            if (done.await(waitMillis, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // After the terminal's ^C, and over whatever a progress bar left on the line.
        err.println();
        err.println("interrupted during a page: the crawl is saved as it was after the page before; continue it "
                + "with --resume");
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing to remove.
        }
    }
}
