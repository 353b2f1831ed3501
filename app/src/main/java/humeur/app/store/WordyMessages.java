package humeur.app.store;

/**
 * The SQL for the messages that carry someone's words, the only ones scored: text messages on their text, media
 * with a caption on the caption. Media without caption, deleted messages, events and locations have no words of
 * their author to score.
 */
final class WordyMessages {
    /** True for a scorable message of {@code messages m}. */
    static final String CONDITION = "(m.kind = 'text' OR (m.kind = 'media' AND m.caption IS NOT NULL "
            + "AND trim(m.caption) <> ''))";
    /** The words of a scorable message of {@code messages m}. */
    static final String WORDS = "(CASE WHEN m.kind = 'media' THEN m.caption ELSE m.text END)";
    /** True when {@code messages m} lacks a score from the model whose id is the parameter. */
    static final String UNSCORED = "NOT EXISTS (SELECT 1 FROM message_scores s WHERE s.model_id = ? "
            + "AND s.message_id = m.id)";

    private WordyMessages() {
    }
}
