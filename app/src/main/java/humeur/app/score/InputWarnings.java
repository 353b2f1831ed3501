package humeur.app.score;

import java.io.PrintWriter;

/**
 * Where inputs report what they could not read as given: one line on stderr each, naming the file and line, so that
 * a bad line is seen but never stops the run. Counts the lines skipped for the final summary.
 */
public final class InputWarnings {
    /** Warnings shown in full; beyond, they are only counted (a broken file can have millions of bad lines). */
    public static final int SHOWN = 100;

    private final PrintWriter err;
    private long skipped;
    private long warnings;

    /** Warnings written to {@code err}. */
    public InputWarnings(PrintWriter err) {
        this.err = err;
    }

    /** Reports a line that was not scored, and why. */
    public void skipped(String source, long line, String reason) {
        skipped++;
        print(source, line, reason + ", skipped");
    }

    /** Reports something odd about a line that was still scored. */
    public void warning(String source, long line, String reason) {
        warnings++;
        print(source, line, reason);
    }

    private void print(String source, long line, String message) {
        long shown = skipped + warnings - 1; // before this one
        if (shown > SHOWN) {
            return;
        }
        if (shown == SHOWN) {
            err.println("humeur: more than " + SHOWN + " lines are skipped or odd: the others are not shown, the "
                    + "summary counts them");
            err.flush();
            return;
        }
        err.println("humeur: " + (source.equals("-") ? "stdin" : source) + ": line " + line + ": " + message);
        err.flush();
    }

    /** How many lines were skipped so far. */
    public long skippedCount() {
        return skipped;
    }

    /** How many lines were scored with a warning so far. */
    public long warningCount() {
        return warnings;
    }
}
