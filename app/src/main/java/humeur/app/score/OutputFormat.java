package humeur.app.score;

import java.io.IOException;
import java.io.Writer;

/** The formats {@code humeur score} writes, named as on the command line. */
public enum OutputFormat {
    /** One JSON object per line. */
    jsonl,
    /** CSV with a header line. */
    csv;

    /** An output of this format writing to {@code out}, which it flushes but does not close. */
    public ScoreOutput writingTo(Writer out) throws IOException {
        return this == jsonl ? new JsonlOutput(out) : new CsvOutput(out);
    }
}
