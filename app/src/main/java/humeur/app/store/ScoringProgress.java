package humeur.app.store;

/** Told how scoring stored messages goes, to draw a progress bar. */
public interface ScoringProgress {
    /** Reports nothing. */
    ScoringProgress NONE = count -> { };

    /** {@code count} more messages were scored and their scores committed. */
    void messagesScored(int count);

    /** {@code count} more sessions were scored and committed. */
    default void sessionsScored(int count) {
    }
}
