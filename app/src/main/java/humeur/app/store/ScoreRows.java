package humeur.app.store;

import humeur.classifier.SentimentScore;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a score to the columns shared by {@code message_scores} and {@code session_scores}. */
final class ScoreRows {
    private ScoreRows() {
    }

    /**
     * Sets, from parameter {@code at}: the row's id, the model id, then negative, neutral, positive, label, score.
     */
    static void bind(PreparedStatement s, int at, long id, long modelId, SentimentScore score) throws SQLException {
        s.setLong(at, id);
        s.setLong(at + 1, modelId);
        bindScore(s, at + 2, score);
    }

    /** Sets negative, neutral, positive, label and score from parameter {@code at}. */
    static void bindScore(PreparedStatement s, int at, SentimentScore score) throws SQLException {
        s.setDouble(at, score.negative());
        s.setDouble(at + 1, score.neutral());
        s.setDouble(at + 2, score.positive());
        s.setString(at + 3, score.label());
        s.setDouble(at + 4, score.score());
    }
}
