package humeur.app.store;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a chat's messages that lack a score from a model, a batch at a time in time order: read a batch (outside
 * any transaction, so the model never runs while the write lock is held), score it, write its scores in one
 * transaction. Incremental by construction: a rerun only finds what is still unscored.
 */
final class MessageScoring {
    /** Messages read per batch after the first. */
    private static final String NEXT = "SELECT m.id, m.ts, m.fingerprint, m.occurrence, " + WordyMessages.WORDS
            + " FROM messages m WHERE m.chat_id = ? AND (m.ts, m.fingerprint, m.occurrence) > (?, ?, ?) AND "
            + WordyMessages.CONDITION + " AND " + WordyMessages.UNSCORED
            // The unique index's order: each batch starts where the last ended, without rereading the chat.
            + " ORDER BY m.ts, m.fingerprint, m.occurrence LIMIT ?";
    private static final String INSERT = "INSERT OR IGNORE INTO message_scores "
            + "(message_id, model_id, negative, neutral, positive, label, score) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final Transactions transactions;

    MessageScoring(Connection connection, Transactions transactions) {
        this.connection = connection;
        this.transactions = transactions;
    }

    /** Scores every unscored message of {@code chatId}; returns how many were scored. */
    long run(long chatId, long modelId, SentimentScorer scorer, int batchSize, ScoringProgress progress)
            throws SQLException {
        long scored = 0;
        String ts = "";
        long fingerprint = Long.MIN_VALUE;
        long occurrence = Long.MIN_VALUE;
        try (PreparedStatement select = connection.prepareStatement(NEXT);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (true) {
                transactions.check();
                List<Long> ids = new ArrayList<>(batchSize);
                List<String> texts = new ArrayList<>(batchSize);
                select.setLong(1, chatId);
                select.setString(2, ts);
                select.setLong(3, fingerprint);
                select.setLong(4, occurrence);
                select.setLong(5, modelId);
                select.setInt(6, batchSize);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        ts = rs.getString(2);
                        fingerprint = rs.getLong(3);
                        occurrence = rs.getLong(4);
                        texts.add(rs.getString(5));
                    }
                }
                if (ids.isEmpty()) {
                    return scored;
                }
                List<SentimentScore> scores = scorer.score(texts);
                if (scores.size() != texts.size()) {
                    throw new IllegalStateException("the model " + scorer.name() + " gave " + scores.size()
                            + " scores for " + texts.size() + " texts");
                }
                transactions.run(() -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ScoreRows.bind(insert, 1, ids.get(i), modelId, scores.get(i));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                });
                scored += ids.size();
                progress.messagesScored(ids.size());
            }
        }
    }
}
