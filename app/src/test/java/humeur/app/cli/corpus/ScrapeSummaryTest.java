package humeur.app.cli.corpus;

import humeur.ingest.reviews.ScrapeReport;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapeSummaryTest {
    private static String summary(ScrapeReport r) {
        StringWriter s = new StringWriter();
        new ScrapeSummary(new PrintWriter(s)).print(r, 1000);
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    private static ScrapeReport report(List<ScrapeReport.SkippedPage> skipped, int queued, int later,
                                       ScrapeReport.End end) {
        Map<String, Long> rejected = new LinkedHashMap<>();
        rejected.put("without a rating", 2L);
        rejected.put("not in French", 1L);
        return new ScrapeReport("allocine", Path.of("my reviews.jsonl"), 1000, 12, 14_250, 20_000, 3, rejected,
                Map.of("review.date", 14_250L), skipped, queued, later, end);
    }

    @Test
    void saysWhatWasLeftOutAndHowToContinue() {
        List<ScrapeReport.SkippedPage> skipped = List.of(
                new ScrapeReport.SkippedPage("https://x/1", "HTTP 404", ScrapeReport.Why.HTTP_ERROR),
                new ScrapeReport.SkippedPage("https://x/2", "HTTP 503 (5 tries)", ScrapeReport.Why.LATER));
        assertEquals("allocine: 1,000 pages read (12 films), 14,250 reviews written, 20,000 reviews in "
                + "my reviews.jsonl\n"
                + "  reviews left out: 3 reviews already written, 2 without a rating, 1 not in French\n"
                + "  not found (kept without): review.date on 14,250 reviews\n"
                + "  pages skipped: 1 answered with an error, 1 not fetched this time, tried again on --resume\n"
                + "    https://x/1: HTTP 404\n"
                + "    https://x/2: HTTP 503 (5 tries)\n"
                + "  stopped at the page cap (--max-pages 1000): 250 pages queued, 1 page to try again; continue "
                + "with: humeur corpus reviews scrape --resume -o 'my reviews.jsonl'\n",
                summary(report(skipped, 250, 1, ScrapeReport.End.PAGE_CAP)));
    }

    @Test
    void endings() {
        assertTrue(summary(report(List.of(), 0, 0, ScrapeReport.End.DONE)).endsWith("  done: nothing left to fetch\n"));
        assertTrue(summary(report(List.of(), 0, 2, ScrapeReport.End.DONE)).endsWith("  done for now: 2 pages to try "
                + "again; continue with: humeur corpus reviews scrape --resume -o 'my reviews.jsonl'\n"));
        assertTrue(summary(report(List.of(), 7, 0, ScrapeReport.End.STOPPED)).endsWith("  interrupted: 7 pages "
                + "queued; continue with: humeur corpus reviews scrape --resume -o 'my reviews.jsonl'\n"));
    }

    @Test
    void manySkippedPagesAreCountedBeyondTheFirst() {
        List<ScrapeReport.SkippedPage> skipped = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            skipped.add(new ScrapeReport.SkippedPage("https://x/" + i, "HTTP 404", ScrapeReport.Why.HTTP_ERROR));
        }
        String s = summary(report(skipped, 0, 0, ScrapeReport.End.DONE));
        assertTrue(s.contains("    https://x/19: HTTP 404\n    … and 5 more\n"), s);
    }
}
