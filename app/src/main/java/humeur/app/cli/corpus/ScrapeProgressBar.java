package humeur.app.cli.corpus;

import humeur.ingest.reviews.ScrapeProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A progress bar on stderr while a crawl runs: pages towards the page cap, pages per second, reviews written. Only on
 * a terminal: never in a pipe, a log or the tests, where the summary says it all at the end.
 */
final class ScrapeProgressBar implements ScrapeProgress, AutoCloseable {
    private final ProgressBar bar;

    private ScrapeProgressBar(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for this process: on stderr when it is a terminal, which is when Java has a console. */
    static ScrapeProgressBar forThisProcess(int maxPages) {
        return on(System.console() != null ? System.err : null, maxPages);
    }

    /** A bar drawn on {@code terminal}, or nothing when it is {@code null}. */
    static ScrapeProgressBar on(PrintStream terminal, int maxPages) {
        if (terminal == null) {
            return new ScrapeProgressBar(null);
        }
        return new ScrapeProgressBar(new ProgressBarBuilder()
                .setTaskName("scraping")
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(250)
                // The page cap is the most this run can do; a crawl that runs out of pages ends sooner.
                .setInitialMax(maxPages)
                .setUnit(" pages", 1)
                .showSpeed(new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .hideEta()
                .clearDisplayOnFinish()
                .build());
    }

    @Override
    public void pageDone(String url, int pages, long reviews) {
        if (bar != null) {
            bar.stepTo(pages);
            bar.setExtraMessage(String.format(Locale.ROOT, ", %,d reviews", reviews));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
