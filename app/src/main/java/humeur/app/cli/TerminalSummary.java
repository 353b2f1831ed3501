package humeur.app.cli;

import humeur.app.report.ContactOverview;
import humeur.app.report.PeriodAggregate;
import humeur.app.report.ReportData;
import humeur.app.report.Sentiment;
import humeur.app.report.Sparkline;
import humeur.app.report.Tally;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few lines a terminal shows of a report: a table with a row per contact (messages, mean polarity, shares of
 * negative, neutral and positive messages, trend) and a sparkline of their latest periods. Shared by the commands
 * that end with a report.
 */
public final class TerminalSummary {
    /** The sparkline shows at most this many periods, the latest: a row must fit a terminal. */
    public static final int SPARKLINE_PERIODS = 24;

    private TerminalSummary() {
    }

    /** Prints the summary of {@code data} to {@code out}. */
    public static void print(ReportData data, PrintWriter out) {
        List<LocalDate> periods = data.periods();
        int from = Math.max(0, periods.size() - SPARKLINE_PERIODS);
        String by = data.selection().by().id();
        out.printf("Sentiment by contact, scores of %s, by %s, %s to %s (polarity from -1 to 1):%n",
                printable(data.model().name()), by, data.periodLabel(0), data.periodLabel(periods.size() - 1));
        TextTable table = new TextTable(List.of("CONTACT", "MESSAGES", "MEAN", "NEG", "NEU", "POS", "TREND",
                (periods.size() > SPARKLINE_PERIODS ? "LAST " + SPARKLINE_PERIODS + " " : "") + by.toUpperCase(Locale.ROOT) + "S"),
                false, true, true, true, true, true, true, false);
        for (ContactOverview contact : data.overviews()) {
            Tally t = contact.total();
            Map<LocalDate, Double> means = new HashMap<>();
            for (PeriodAggregate p : contact.periods()) {
                means.put(p.start(), p.tally().mean());
            }
            List<Double> line = new ArrayList<>();
            for (LocalDate start : periods.subList(from, periods.size())) {
                line.add(means.get(start));
            }
            table.add(printable(contact.contact()), ImportSummary.count(t.count()), signed(t.mean()),
                    percent(t.share(Sentiment.NEGATIVE)), percent(t.share(Sentiment.NEUTRAL)),
                    percent(t.share(Sentiment.POSITIVE)),
                    Double.isNaN(contact.trend()) ? "-" : signed(contact.trend()) + "/" + by,
                    "│" + Sparkline.of(line) + "│");
        }
        table.print(out);
    }

    private static String signed(double value) {
        String s = String.format(Locale.ROOT, "%+.2f", value);
        return s.equals("-0.00") ? "+0.00" : s;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /**
     * {@code name} safe for a terminal: names come from other people's phones, and a control character (an escape
     * sequence) or a bidirectional override in one could rewrite the screen. Each becomes U+FFFD.
     */
    static String printable(String name) {
        StringBuilder s = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C;
            s.appendCodePoint(Character.isISOControl(c) || bidi ? 0xFFFD : c);
        });
        return s.toString();
    }
}
