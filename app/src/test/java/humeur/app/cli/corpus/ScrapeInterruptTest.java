package humeur.app.cli.corpus;

import humeur.ingest.reviews.ReviewScraper;
import humeur.ingest.reviews.ScrapeReport;
import humeur.ingest.reviews.ScrapeSettings;
import humeur.ingest.reviews.SiteProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C during a crawl: it stops after its page, saved, and continues with --resume. */
class ScrapeInterruptTest {
    @TempDir
    Path dir;

    @Test
    void theHookStopsTheCrawlAndWaitsForItToBeSaved() throws Exception {
        try (LocalSite site = new LocalSite()) {
            int reviews = site.film(7, 6, 3);
            Path output = dir.resolve("reviews.jsonl");
            ReviewScraper scraper = new ReviewScraper(SiteProfile.builtIn("allocine"),
                    ScrapeSettings.defaults().withDelay(Duration.ZERO));
            StringWriter err = new StringWriter();
            Thread[] hook = new Thread[1];
            ScrapeReport report;
            try (ScrapeInterrupt interrupt = ScrapeInterrupt.install(scraper, new PrintWriter(err))) {
                report = scraper.scrape(output, List.of(site.film(7)), false, (url, pages, written) -> {
                    if (pages == 3) {
                        // What the JVM does on Ctrl-C: run the hook on its own thread while the crawl goes on.
                        hook[0] = new Thread(interrupt::interrupted);
                        hook[0].start();
                        while (hook[0].getState() == Thread.State.NEW || hook[0].getState() == Thread.State.RUNNABLE) {
                            Thread.onSpinWait();
                        }
                    }
                });
                interrupt.finished();
            }
            hook[0].join(10_000);
            assertEquals(Thread.State.TERMINATED, hook[0].getState());
            assertEquals(ScrapeReport.End.STOPPED, report.end());
            assertEquals(3, report.pages());
            assertEquals("", err.toString(), "the crawl ended in time: the summary says it all");

            Cli.Result resumed = Cli.run("corpus", "reviews", "scrape", "--delay", "0", "--resume", "-o",
                    output.toString());
            assertEquals(0, resumed.exitCode(), resumed.err());
            assertEquals(reviews, Files.readAllLines(output).size());
        }
    }

    @Test
    void aCrawlThatDoesNotEndInTimeIsSaidToBeSavedAsBefore() throws Exception {
        ReviewScraper scraper = new ReviewScraper(SiteProfile.builtIn("allocine"), ScrapeSettings.defaults());
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        try (ScrapeInterrupt interrupt = ScrapeInterrupt.install(scraper, new PrintWriter(err), 300)) {
            interrupt.interrupted();
        }
        assertTrue(System.nanoTime() - start >= 290_000_000L, "waited for the crawl first");
        assertEquals("\ninterrupted during a page: the crawl is saved as it was after the page before; continue it "
                + "with --resume\n", err.toString().replace(System.lineSeparator(), "\n"));
    }
}
