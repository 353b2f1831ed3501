package humeur.app.report;

import java.util.Locale;

/** The three classes of the sentiment model, in the order of the {@code message_scores} columns. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** The class stored as {@code label} in {@code message_scores}. */
    public static Sentiment of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** The name stored in the database and written in reports: {@code negative}, {@code neutral}, {@code positive}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
