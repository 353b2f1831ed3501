package humeur.ingest.reviews;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run in a separate JVM by {@link ResumeAfterKillTest}: a crawl that prints {@code page N} on stdout after each page,
 * so that the test knows how far it got before killing it.
 */
public final class ScrapeInChild {
    private ScrapeInChild() {
    }

    /** Arguments: the output file, {@code new} or {@code resume}, then start URLs. */
    public static void main(String[] args) throws Exception {
        ScrapeSettings settings = ReviewScraperTest.FAST.withDelay(Duration.ofMillis(20));
        new ReviewScraper(SiteProfile.builtIn("allocine"), settings).scrape(Path.of(args[0]),
                List.of(args).subList(2, args.length), args[1].equals("resume"), (url, pages, reviews) -> {
                    System.out.println("page " + pages);
                    System.out.flush();
                });
        System.out.println("done");
    }
}
