package humeur.app.cli.corpus;

import humeur.ingest.reviews.ScrapeReport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The few lines printed at the end of a crawl: what was read and written, every review and page left out and why,
 * and how the crawl ended, with the command that continues it.
 */
final class ScrapeSummary {
    /** Skipped pages listed one by one; beyond, counted. */
    static final int PAGES_SHOWN = 20;

    private final PrintWriter out;

    ScrapeSummary(PrintWriter out) {
        this.out = out;
    }

    /** Prints the summary of one run; {@code maxPages} is its page cap, named when it was reached. */
    void print(ScrapeReport r, int maxPages) {
        out.printf("%s: %s read (%s), %s written, %s in %s%n", r.site(), count(r.pages(), "page"),
                count(r.films(), "film"), count(r.written(), "review"), count(r.inFile(), "review"), r.output());
        List<String> leftOut = new ArrayList<>();
        if (r.duplicates() > 0) {
            leftOut.add(count(r.duplicates(), "review") + " already written");
        }
        r.rejected().forEach((why, n) -> leftOut.add(number(n) + " " + why));
        if (!leftOut.isEmpty()) {
            out.printf("  reviews left out: %s%n", String.join(", ", leftOut));
        }
        if (!r.missingFields().isEmpty()) {
            StringJoiner fields = new StringJoiner(", ");
            r.missingFields().forEach((key, n) -> fields.add(key + " on " + count(n, "review")));
            out.printf("  not found (kept without): %s%n", fields);
        }
        printSkippedPages(r);
        out.printf("  %s%n", ending(r, maxPages));
        out.flush();
    }

    private void printSkippedPages(ScrapeReport r) {
        List<ScrapeReport.SkippedPage> skipped = r.skippedPages();
        if (skipped.isEmpty()) {
            return;
        }
        Map<ScrapeReport.Why, Integer> byKind = new EnumMap<>(ScrapeReport.Why.class);
        skipped.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        StringJoiner kinds = new StringJoiner(", ");
        byKind.forEach((why, n) -> kinds.add(number(n) + " " + why.label()));
        out.printf("  pages skipped: %s%n", kinds);
        for (ScrapeReport.SkippedPage p : skipped.subList(0, Math.min(PAGES_SHOWN, skipped.size()))) {
            out.printf("    %s: %s%n", p.url(), p.reason());
        }
        if (skipped.size() > PAGES_SHOWN) {
            out.printf("    … and %s more%n", number(skipped.size() - PAGES_SHOWN));
        }
    }

    private static String ending(ScrapeReport r, int maxPages) {
        String resume = "humeur corpus reviews scrape --resume -o " + shellQuoted(r.output().toString());
        String later = r.later() == 0 ? "" : count(r.later(), "page") + " to try again";
        return switch (r.end()) {
            case DONE -> r.later() == 0 ? "done: nothing left to fetch"
                    : "done for now: " + later + "; continue with: " + resume;
            case PAGE_CAP -> "stopped at the page cap (--max-pages " + maxPages + "): " + left(r)
                    + "; continue with: " + resume;
            case STOPPED -> "interrupted: " + left(r) + "; continue with: " + resume;
        };
    }

    private static String left(ScrapeReport r) {
        return count(r.queued(), "page") + " queued" + (r.later() == 0 ? "" : ", " + count(r.later(), "page")
                + " to try again");
    }

    static String count(long n, String thing) {
        return number(n) + " " + thing + (n == 1 ? "" : "s");
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code file} as it can be pasted into a shell. */
    static String shellQuoted(String file) {
        return file.matches("[\\w./~+-]+") ? file : "'" + file.replace("'", "'\\''") + "'";
    }
}
