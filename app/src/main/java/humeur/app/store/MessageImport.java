package humeur.app.store;

import humeur.ingest.ChatSource;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Imports one chat of an export in one transaction: its participants, its new messages and a row recording the
 * import. Anything failing half-way (a bad line, Ctrl-C, a full disk) rolls it all back, so a rerun starts clean.
 */
final class MessageImport {
    private final Connection connection;
    private final ImportCancellation cancellation;

    MessageImport(Connection connection, ImportCancellation cancellation) {
        this.connection = connection;
        this.cancellation = cancellation;
    }

    /** Reads {@code chat} to its end and stores it under {@code chatName}, or stores nothing and throws. */
    ImportResult run(ChatSource chat, SourceFile file, String chatName, ImportProgress progress)
            throws IOException, SQLException {
        cancellation.begin();
        try (Statement s = connection.createStatement()) {
            // IMMEDIATE takes the write lock now, so a concurrent humeur waits here rather than failing mid-import.
            s.executeUpdate("BEGIN IMMEDIATE");
            try {
                ImportResult result = read(chat, file, chatName, progress);
                cancellation.commit(() -> s.executeUpdate("COMMIT"));
                return result;
            } catch (IOException | SQLException | RuntimeException | Error e) {
                rollback(s, e);
                throw e;
            }
        } finally {
            cancellation.ended();
        }
    }

    private ImportResult read(ChatSource chat, SourceFile file, String chatName, ImportProgress progress)
            throws IOException, SQLException {
        try (MessageReader reader = chat.open()) {
            long chatId = chatId(chat.platform(), chatName);
            long sourceId = insertSource(chatId, file, chat.origin(), reader);
            ChatTally tally = new ChatTally();
            try (ParticipantIds participants = new ParticipantIds(connection, chatId);
                 MessageRows rows = new MessageRows(connection, chatId, sourceId)) {
                addDeclared(participants, reader);
                for (Message m; (m = reader.read()) != null; ) {
                    progress.read(m);
                    tally.add(m);
                    Long author = m.author() == null ? null : participants.id(m.author(), m.outsideContacts());
                    if (rows.add(m, author)) {
                        cancellation.check();
                        rows.flush();
                    }
                }
                rows.flush();
                addDeclared(participants, reader);
                cancellation.check();
                finishSource(sourceId, reader, tally.total(), rows.added());
                return new ImportResult(ChatReading.of(chatName, chat.platform(), chat.origin(), reader, tally),
                        rows.added());
            }
        }
    }

    private static void addDeclared(ParticipantIds participants, MessageReader reader) throws SQLException {
        for (String name : reader.declaredParticipants()) {
            participants.id(name, false);
        }
    }

    private long chatId(String platform, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO chats (platform, name) VALUES (?, ?)");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM chats WHERE platform = ? AND name = ?")) {
            insert.setString(1, platform);
            insert.setString(2, name);
            insert.executeUpdate();
            select.setString(1, platform);
            select.setString(2, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long insertSource(long chatId, SourceFile file, String origin, MessageReader reader) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO sources (chat_id, path, file_name, origin, "
                + "size, sha256, format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, chatId);
            s.setString(2, file.path().toString());
            s.setString(3, file.fileName());
            s.setString(4, origin);
            s.setObject(5, file.size());
            s.setString(6, file.sha256());
            s.setString(7, String.valueOf(reader.format()));
            s.setString(8, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    // The format is written again at the end: a reader may only be sure of it once it has read the file.
    private void finishSource(long sourceId, MessageReader reader, long read, long added) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE sources SET format = ?, messages_read = ?, "
                + "messages_added = ?, skipped = ? WHERE id = ?")) {
            s.setString(1, String.valueOf(reader.format()));
            s.setLong(2, read);
            s.setLong(3, added);
            s.setLong(4, reader.skippedCount());
            s.setLong(5, sourceId);
            s.executeUpdate();
        }
    }

    private static void rollback(Statement s, Throwable cause) {
        try {
            s.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back by itself (e.g. on a full disk); whatever was not committed is gone anyway.
            cause.addSuppressed(e);
        }
    }
}
