package humeur.app.store;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps a chat's session scores (for one model and gap) in step with its message scores. Sessions are cut over the
 * chat's scored messages, in time then import order, so silences are silences of words: events and media alone do
 * not keep a session going.
 *
 * <p>Only what new messages changed is redone: the stored sessions are checked against the scored messages, and
 * from the first session that no longer matches (a new message in it, after it within the gap, or before it) every
 * session is deleted and cut and scored again. Sessions are written a few at a time, each batch in a transaction;
 * after an interruption the check finds where the stored sessions stop matching, so a rerun goes on from there.
 */
final class SessionScoring {
    /** Sessions scored together (the model batches them by length) and written per transaction. */
    private static final int SESSIONS_PER_BATCH = 32;

    private static final String SCORED_TIMES = "SELECT m.id, m.ts FROM messages m JOIN message_scores s "
            + "ON s.message_id = m.id AND s.model_id = ? WHERE m.chat_id = ? AND m.ts >= ? ORDER BY m.ts, m.id";
    /**
     * Messages given to the model from each end of a longer session. A model reads at most a few thousand tokens of a
     * conversation (its last ones forwards, its first ones backwards: {@code ClassifierConfig.readLength}, 2,880 for
     * humeur-fr) and a message is at least one token, so the messages in between would be read from the database and
     * never used; a whole chat that never falls silent for the gap is one session, of up to millions of messages.
     */
    static final int ENDS = 4_096;

    private static final String SESSION_TEXTS = "SELECT " + WordyMessages.WORDS + " FROM messages m "
            + "JOIN message_scores s ON s.message_id = m.id AND s.model_id = ? "
            + "WHERE m.chat_id = ? AND m.ts BETWEEN ? AND ? ORDER BY m.ts, m.id LIMIT ?";
    private static final String SESSION_LAST_TEXTS = "SELECT " + WordyMessages.WORDS + " FROM messages m "
            + "JOIN message_scores s ON s.message_id = m.id AND s.model_id = ? "
            + "WHERE m.chat_id = ? AND m.ts BETWEEN ? AND ? ORDER BY m.ts DESC, m.id DESC LIMIT ?";
    private static final String INSERT = "INSERT INTO session_scores (chat_id, model_id, gap_minutes, "
            + "first_message_id, last_message_id, start_ts, end_ts, message_count, negative, neutral, positive, "
            + "label, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A session found by cutting: its bounds and how many scored messages it holds. */
    private record Session(long firstId, long lastId, String start, String end, int count) {
    }

    /** A stored session's bounds and count, as checked against the messages. */
    private record Stored(String start, String end, long count) {
    }

    private final Connection connection;
    private final Transactions transactions;

    SessionScoring(Connection connection, Transactions transactions) {
        this.connection = connection;
        this.transactions = transactions;
    }

    /** Brings the chat's sessions up to date; returns how many sessions were scored (0 when all were current). */
    int refresh(long chatId, long modelId, int gapMinutes, SentimentScorer scorer, ScoringProgress progress)
            throws SQLException {
        String from = firstStale(chatId, modelId, gapMinutes);
        if (from == null) {
            return 0;
        }
        transactions.run(() -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM session_scores "
                    + "WHERE chat_id = ? AND model_id = ? AND gap_minutes = ? AND start_ts >= ?")) {
                delete.setLong(1, chatId);
                delete.setLong(2, modelId);
                delete.setInt(3, gapMinutes);
                delete.setString(4, from);
                delete.executeUpdate();
            }
        });
        List<Session> sessions = cut(chatId, modelId, gapMinutes, from);
        int scored = 0;
        try (PreparedStatement first = connection.prepareStatement(SESSION_TEXTS);
             PreparedStatement last = connection.prepareStatement(SESSION_LAST_TEXTS);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int at = 0; at < sessions.size(); at += SESSIONS_PER_BATCH) {
                transactions.check();
                List<Session> batch = sessions.subList(at, Math.min(sessions.size(), at + SESSIONS_PER_BATCH));
                List<List<String>> conversations = new ArrayList<>(batch.size());
                for (Session session : batch) {
                    conversations.add(texts(first, last, chatId, modelId, session));
                }
                List<SentimentScore> scores = scorer.scoreConversations(conversations);
                transactions.run(() -> {
                    for (int i = 0; i < batch.size(); i++) {
                        Session session = batch.get(i);
                        insert.setLong(1, chatId);
                        insert.setLong(2, modelId);
                        insert.setInt(3, gapMinutes);
                        insert.setLong(4, session.firstId());
                        insert.setLong(5, session.lastId());
                        insert.setString(6, session.start());
                        insert.setString(7, session.end());
                        insert.setInt(8, session.count());
                        ScoreRows.bindScore(insert, 9, scores.get(i));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                });
                scored += batch.size();
                progress.sessionsScored(batch.size());
            }
        }
        return scored;
    }

    /**
     * The start time from which sessions must be redone: that of the first stored session not matching the scored
     * messages, or for a message outside every session, that of the session it joins (the one before, within the
     * gap) or its own; {@code ""} for all of them, {@code null} when they all match.
     */
    private String firstStale(long chatId, long modelId, int gapMinutes) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT start_ts, end_ts, message_count "
                + "FROM session_scores WHERE chat_id = ? AND model_id = ? AND gap_minutes = ? ORDER BY start_ts")) {
            s.setLong(1, chatId);
            s.setLong(2, modelId);
            s.setInt(3, gapMinutes);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(new Stored(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        int i = 0;
        long counted = 0;
        try (PreparedStatement s = connection.prepareStatement(SCORED_TIMES)) {
            s.setLong(1, modelId);
            s.setLong(2, chatId);
            s.setString(3, "");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String ts = rs.getString(2);
                    while (i < stored.size() && stored.get(i).end().compareTo(ts) < 0) {
                        if (stored.get(i).count() != counted) {
                            return stored.get(i).start();
                        }
                        i++;
                        counted = 0;
                    }
                    if (i < stored.size() && stored.get(i).start().compareTo(ts) <= 0) {
                        counted++;
                    } else if (i == 0) {
                        return "";
                    } else {
                        // Outside every session: it joins the one before if within the gap, else starts its own.
                        Stored before = stored.get(i - 1);
                        return withinGap(before.end(), ts, gapMinutes) ? before.start() : ts;
                    }
                }
            }
        }
        for (; i < stored.size(); i++, counted = 0) {
            if (stored.get(i).count() != counted) {
                return stored.get(i).start();
            }
        }
        return null;
    }

    private static boolean withinGap(String before, String after, int gapMinutes) {
        SessionCutter cutter = new SessionCutter(Duration.ofMinutes(gapMinutes));
        cutter.startsSession(LocalDateTime.parse(before));
        return !cutter.startsSession(LocalDateTime.parse(after));
    }

    /** Cuts the scored messages from {@code from} on into sessions (bounds only: texts are read per session). */
    private List<Session> cut(long chatId, long modelId, int gapMinutes, String from) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        SessionCutter cutter = new SessionCutter(Duration.ofMinutes(gapMinutes));
        try (PreparedStatement s = connection.prepareStatement(SCORED_TIMES)) {
            s.setLong(1, modelId);
            s.setLong(2, chatId);
            s.setString(3, from);
            try (ResultSet rs = s.executeQuery()) {
                long firstId = 0;
                long lastId = 0;
                String start = null;
                String end = null;
                int count = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String ts = rs.getString(2);
                    if (cutter.startsSession(LocalDateTime.parse(ts)) && start != null) {
                        sessions.add(new Session(firstId, lastId, start, end, count));
                        start = null;
                    }
                    if (start == null) {
                        firstId = id;
                        start = ts;
                        count = 0;
                    }
                    lastId = id;
                    end = ts;
                    count++;
                }
                if (start != null) {
                    sessions.add(new Session(firstId, lastId, start, end, count));
                }
            }
        }
        return sessions;
    }

    /** The session's texts in order; of a session longer than twice {@link #ENDS}, its first and last ENDS. */
    private static List<String> texts(PreparedStatement first, PreparedStatement last, long chatId, long modelId,
                                      Session session) throws SQLException {
        if (session.count() <= 2 * ENDS) {
            return texts(first, chatId, modelId, session, session.count());
        }
        List<String> texts = texts(first, chatId, modelId, session, ENDS);
        List<String> end = texts(last, chatId, modelId, session, ENDS);
        Collections.reverse(end);
        texts.addAll(end);
        return texts;
    }

    private static List<String> texts(PreparedStatement s, long chatId, long modelId, Session session, int limit)
            throws SQLException {
        List<String> texts = new ArrayList<>(Math.min(limit, 2 * ENDS));
        s.setLong(1, modelId);
        s.setLong(2, chatId);
        s.setString(3, session.start());
        s.setString(4, session.end());
        s.setInt(5, limit);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }
}
