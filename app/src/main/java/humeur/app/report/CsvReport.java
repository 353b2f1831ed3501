package humeur.app.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV for spreadsheets: one row per contact and period with messages, all selected chats together:
 * {@code contact,period,period_start,messages,mean,low,high,negative,neutral,positive} (low and high bound the 95%
 * interval of the mean; the last three are shares of messages by label).
 */
public final class CsvReport {
    private CsvReport() {
    }

    /** Writes the header and the rows of {@code data} to {@code out}. */
    public static void write(ReportData data, Writer out) throws IOException {
        out.write("contact,period,period_start,messages,mean,low,high,negative,neutral,positive\n");
        for (Map.Entry<String, List<PeriodAggregate>> contact : data.perContact().entrySet()) {
            for (PeriodAggregate p : contact.getValue()) {
                Tally t = p.tally();
                out.write(String.join(",", text(contact.getKey()), p.label(), p.start().toString(),
                        Long.toString(t.count()), Numbers.decimal(t.mean()), Numbers.decimal(t.low()),
                        Numbers.decimal(t.high()), Numbers.decimal(t.share(Sentiment.NEGATIVE)),
                        Numbers.decimal(t.share(Sentiment.NEUTRAL)), Numbers.decimal(t.share(Sentiment.POSITIVE))));
                out.write('\n');
            }
        }
        out.flush();
    }

    /**
     * A text cell: quoted when it holds a comma, quote or line break (RFC 4180), and prefixed with an apostrophe when
     * it starts like a formula, since names come from other people's phones and spreadsheets run formulas.
     */
    static String text(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
