package humeur.app.cli.corpus;

import humeur.ingest.SkippedInput;
import humeur.ingest.reviews.LabelReport;
import humeur.ingest.reviews.LabelScheme;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The summary of {@code humeur corpus reviews label}, on stderr: how many reviews per class and what share, what was
 * dropped, the spread of text lengths, and the lines that were not reviews.
 */
final class LabelSummary {
    /** Skipped lines listed one by one; beyond, counted. */
    static final int SKIPPED_SHOWN = 20;

    private final PrintWriter err;

    LabelSummary(PrintWriter err) {
        this.err = err;
    }

    /** Prints the summary of labelling {@code reviews} into {@code output} (null for standard output). */
    void print(LabelReport r, Path reviews, Path output) {
        LabelScheme scheme = r.scheme();
        err.printf("%s labelled from %s into %s%n", ScrapeSummary.count(r.written(), "review"), reviews,
                output == null ? "standard output" : output);
        int width = ScrapeSummary.number(r.written()).length();
        for (int label = 0; label < r.perClass().size(); label++) {
            long n = r.perClass().get(label);
            err.printf(Locale.ROOT, "  %-8s (%d) %" + width + "s  %5.1f%%%n", scheme.className(label), label,
                    ScrapeSummary.number(n), r.written() == 0 ? 0.0 : 100.0 * n / r.written());
        }
        if (!scheme.keepNeutral()) {
            err.printf("  neutral (above %s and below %s): %s dropped (keep them with --neutral keep)%n",
                    plain(scheme.negativeMax()), plain(scheme.positiveMin()),
                    ScrapeSummary.count(r.dropped(), "review"));
        }
        if (r.lengths() != null) {
            LabelReport.LengthSpread l = r.lengths();
            err.printf("  text length in characters: shortest %s, quartiles %s / %s / %s, longest %s%n",
                    ScrapeSummary.number(l.min()), ScrapeSummary.number(l.q1()), ScrapeSummary.number(l.median()),
                    ScrapeSummary.number(l.q3()), ScrapeSummary.number(l.max()));
        }
        if (r.duplicates() > 0) {
            err.printf("  %s met again and written once%n", ScrapeSummary.count(r.duplicates(), "review"));
        }
        if (r.skippedCount() > 0) {
            err.printf("  skipped %s that %s not reviews:%n", ScrapeSummary.count(r.skippedCount(), "line"),
                    r.skippedCount() == 1 ? "is" : "are");
            List<SkippedInput> shown = r.skipped().subList(0, Math.min(SKIPPED_SHOWN, r.skipped().size()));
            for (SkippedInput s : shown) {
                err.printf("    %s: %s (%s)%n", s.location(), s.content(), s.reason());
            }
            if (r.skippedCount() > shown.size()) {
                err.printf("    … and %s more%n", ScrapeSummary.number(r.skippedCount() - shown.size()));
            }
        }
        err.flush();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
