package humeur.app.score;

import java.util.Locale;

/** The formats {@code humeur score} reads, named as on the command line. */
public enum InputFormat {
    /** One text per line. */
    txt,
    /** Comma-separated values with a header line, RFC 4180 quoting. */
    csv,
    /** Tab-separated values with a header line, no quoting (a tab or line break cannot be inside a text). */
    tsv,
    /** JSON Lines: one JSON object per line. */
    jsonl;

    /** The format a file name's extension says, or {@code null} when it says none. */
    public static InputFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return txt;
        }
        if (lower.endsWith(".csv")) {
            return csv;
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return tsv;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return jsonl;
        }
        return null;
    }
}
