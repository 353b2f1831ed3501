package humeur.app.cli.corpus;

import humeur.ingest.reviews.ScrapeSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

/** How politely and how far to crawl: the pace, the page cap, retries and limits. */
public final class CrawlOptions {
    private static final ScrapeSettings DEFAULTS = ScrapeSettings.defaults();

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--delay", paramLabel = "SECONDS", converter = Seconds.class, defaultValue = "1",
            description = "The least time between two requests to a site, in seconds (decimals allowed). A "
                    + "robots.txt Crawl-delay that asks for more is obeyed.")
    private Duration delay;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
            description = "Fetch at most N pages in this run; the rest stays queued for --resume.")
    private int maxPages;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "Try a page again up to N times when the site is busy (429, 5xx) or slow, waiting 1 s, then "
                    + "2, 4, 8… or as long as its Retry-After says (up to 10 minutes). A page still failing is "
                    + "left for --resume.")
    private int retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class, defaultValue = "30",
            description = "How long to wait for a site to connect or answer.")
    private Duration timeout;

    @Option(names = "--max-page-size", paramLabel = "MB", defaultValue = "5",
            description = "Skip pages larger than this, in megabytes (a review page is a few hundred kB).")
    private int maxPageSize;

    /** The crawl settings these options describe. */
    public ScrapeSettings toSettings() {
        if (maxPages < 1 || retries < 0 || maxPageSize < 1 || maxPageSize > 1024 || timeout.isZero()) {
            throw new ParameterException(command.commandLine(), "--max-pages and --max-page-size must be at least 1 "
                    + "(and the page size at most 1024), --retries at least 0, --timeout more than 0");
        }
        return DEFAULTS.withDelay(delay).withMaxPages(maxPages).withRetries(retries, DEFAULTS.backoff())
                .withTimeout(timeout).withMaxPageBytes(maxPageSize << 20);
    }

    /** Seconds, decimals allowed, as a duration. */
    static final class Seconds implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                double seconds = Double.parseDouble(value.replace(',', '.'));
                if (seconds < 0 || seconds > 86_400 || Double.isNaN(seconds)) {
                    throw new NumberFormatException();
                }
                return Duration.ofNanos(Math.round(seconds * 1e9));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of seconds (e.g. 1 or 0.5)");
            }
        }
    }
}
