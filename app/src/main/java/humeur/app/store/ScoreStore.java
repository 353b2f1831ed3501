package humeur.app.store;

import humeur.classifier.SentimentScorer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentiment scores of a {@link ChatStore}'s messages and sessions, each with the model that gave it. Scores
 * of another model than the current one are kept but stale: the current model's are what is missing until
 * {@link #scoreMessages} has run with it. Uses the chat store's connection, so the same thread rules apply, and
 * its {@link ChatStore#cancellation()}: a Ctrl-C loses at most the batch of scores being written.
 */
public final class ScoreStore {
    private final ChatStore store;
    private final Connection connection;
    private final Transactions transactions;

    /** The scores of the chats in {@code store}. */
    public ScoreStore(ChatStore store) {
        this.store = store;
        this.connection = store.connection();
        this.transactions = new Transactions(connection, store.cancellation());
    }

    /** Records {@code scorer}'s model as used now (added the first time, its last use updated after), and returns it. */
    public StoredModel useModel(SentimentScorer scorer) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            transactions.run(() -> {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO models (identity, name, "
                        + "first_used, last_used) VALUES (?, ?, ?, ?) ON CONFLICT (identity) DO UPDATE SET "
                        + "last_used = excluded.last_used, name = excluded.name")) {
                    s.setString(1, scorer.identity());
                    s.setString(2, scorer.name());
                    s.setString(3, now);
                    s.setString(4, now);
                    s.executeUpdate();
                }
            });
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM models WHERE identity = ?")) {
                s.setString(1, scorer.identity());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new StoredModel(rs.getLong(1), scorer.identity(), scorer.name());
                }
            }
        } catch (SQLException e) {
            throw fail("cannot record the model", e);
        }
    }

    /** The chats, by app and name; only those named {@code name} when it is not {@code null}. */
    public List<StoredChat> chats(String name) {
        String sql = "SELECT id, platform, name FROM chats" + (name == null ? "" : " WHERE name = ?")
                + " ORDER BY platform, name";
        List<StoredChat> chats = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (name != null) {
                s.setString(1, name);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    chats.add(new StoredChat(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot list the chats", e);
        }
        return chats;
    }

    /** The chat of this app and name, if stored. */
    public Optional<StoredChat> chat(String platform, String name) {
        return chats(name).stream().filter(c -> c.platform().equals(platform)).findFirst();
    }

    /** How many of the chat's messages that carry words lack a score from {@code model}. */
    public long unscored(StoredChat chat, StoredModel model) {
        return count("SELECT count(*) FROM messages m WHERE m.chat_id = ? AND " + WordyMessages.CONDITION + " AND "
                + WordyMessages.UNSCORED, chat.id(), model.id());
    }

    /**
     * How many of the chat's messages lacking a score from {@code model} have one from another model: scores
     * that a model change made stale.
     */
    public long staleOnly(StoredChat chat, StoredModel model) {
        return count("SELECT count(*) FROM messages m WHERE m.chat_id = ? AND " + WordyMessages.CONDITION + " AND "
                + WordyMessages.UNSCORED + " AND EXISTS (SELECT 1 FROM message_scores o WHERE o.model_id IN "
                // By model first: the key of message_scores leads with model_id, and models are few.
                + "(SELECT id FROM models WHERE id <> ?) AND o.message_id = m.id)", chat.id(), model.id(), model.id());
    }

    /**
     * Scores, with {@code scorer}, every message of the chat that carries words and has no score from it, a batch
     * of {@code batchSize} per transaction.
     *
     * @return how many messages were scored
     * @throws ImportCancelledException when the store's cancellation was cancelled (the batches before are kept)
     */
    public long scoreMessages(StoredChat chat, StoredModel model, SentimentScorer scorer, int batchSize,
                              ScoringProgress progress) {
        try {
            return new MessageScoring(connection, transactions).run(chat.id(), model.id(), scorer, batchSize, progress);
        } catch (SQLException e) {
            throw fail("cannot store the scores of " + chat.name(), e);
        }
    }

    /**
     * Cuts the chat's scored messages into sessions (a new one after more than {@code gapMinutes} of silence)
     * and scores, each as one conversation, those that changed since last time.
     *
     * @return how many sessions were scored
     * @throws ImportCancelledException when the store's cancellation was cancelled (the batches before are kept)
     */
    public int scoreSessions(StoredChat chat, StoredModel model, SentimentScorer scorer, int gapMinutes,
                             ScoringProgress progress) {
        try {
            return new SessionScoring(connection, transactions).refresh(chat.id(), model.id(), gapMinutes, scorer,
                    progress);
        } catch (SQLException e) {
            throw fail("cannot store the session scores of " + chat.name(), e);
        }
    }

    private long count(String sql, long... parameters) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("cannot count the scores", e);
        }
    }

    private StoreException fail(String doing, SQLException e) {
        return SqliteErrors.describe(store.file(), doing, e);
    }
}
