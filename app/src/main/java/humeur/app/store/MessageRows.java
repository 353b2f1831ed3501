package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.Reaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * Inserts the messages of one chat in JDBC batches, skipping those already stored: the unique key
 * (chat, time, fingerprint, occurrence) makes {@code INSERT OR IGNORE} keep the first copy of each message.
 */
final class MessageRows implements AutoCloseable {
    /** Rows per batch: large enough to amortise the JDBC round trip, small enough to check for Ctrl-C often. */
    static final int BATCH_SIZE = 1_000;

    private final long chatId;
    private final long sourceId;
    private final PreparedStatement insertMessage;
    private final PreparedStatement insertReaction;
    private final MessageFingerprint fingerprint = new MessageFingerprint();
    private final OccurrenceCounter occurrences = new OccurrenceCounter();
    private LocalDateTime lastTime;
    private String lastTimestamp;
    private int pendingMessages;
    private int pendingReactions;
    private long added;

    MessageRows(Connection connection, long chatId, long sourceId) throws SQLException {
        this.chatId = chatId;
        this.sourceId = sourceId;
        this.insertMessage = connection.prepareStatement("INSERT OR IGNORE INTO messages (chat_id, participant_id, ts, "
                + "kind, text, media, caption, edited, source_id, fingerprint, occurrence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // Found by key rather than by row id, which batches do not return. A later export may bring new reactions
        // to a message stored earlier: they are added to it.
        this.insertReaction = connection.prepareStatement("INSERT OR IGNORE INTO reactions (message_id, actor, reaction) "
                + "SELECT id, ?, ? FROM messages WHERE chat_id = ? AND ts = ? AND fingerprint = ? AND occurrence = ?");
    }

    /**
     * Queues {@code message}; {@code participantId} is {@code null} for events.
     *
     * @return whether a batch is full and {@link #flush()} is due
     */
    boolean add(Message message, Long participantId) throws SQLException {
        // Consecutive messages often share their minute: format it once.
        if (!message.timestamp().equals(lastTime)) {
            lastTime = message.timestamp();
            lastTimestamp = StoredTimestamp.format(lastTime);
        }
        String ts = lastTimestamp;
        long print = fingerprint.of(ts, message);
        int occurrence = occurrences.next(print);
        PreparedStatement s = insertMessage;
        s.setLong(1, chatId);
        if (participantId == null) {
            s.setNull(2, Types.INTEGER);
        } else {
            s.setLong(2, participantId);
        }
        s.setString(3, ts);
        s.setString(4, MessageFingerprint.kindId(message.kind()));
        s.setString(5, message.text());
        s.setString(6, message.media());
        s.setString(7, message.caption());
        s.setInt(8, message.edited() ? 1 : 0);
        s.setLong(9, sourceId);
        s.setLong(10, print);
        s.setInt(11, occurrence);
        s.addBatch();
        pendingMessages++;
        for (Reaction r : message.reactions()) {
            insertReaction.setString(1, r.actor() == null ? "" : r.actor());
            insertReaction.setString(2, r.reaction() == null ? "" : r.reaction());
            insertReaction.setLong(3, chatId);
            insertReaction.setString(4, ts);
            insertReaction.setLong(5, print);
            insertReaction.setInt(6, occurrence);
            insertReaction.addBatch();
            pendingReactions++;
        }
        return pendingMessages >= BATCH_SIZE;
    }

    /** Writes the queued rows (still inside the import's transaction). */
    void flush() throws SQLException {
        if (pendingMessages > 0) {
            for (int changed : insertMessage.executeBatch()) {
                added += Math.max(changed, 0);
            }
            pendingMessages = 0;
        }
        if (pendingReactions > 0) {
            insertReaction.executeBatch();
            pendingReactions = 0;
        }
    }

    /** How many messages were new, among those flushed. */
    long added() {
        return added;
    }

    @Override
    public void close() throws SQLException {
        insertMessage.close();
        insertReaction.close();
    }
}
