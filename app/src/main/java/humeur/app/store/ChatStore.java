package humeur.app.store;

import humeur.ingest.ChatSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite database of imported chats: opening it (created and migrated as needed), importing chats into it,
 * listing them. One instance holds one connection; use it from one thread, except {@link #cancellation()}.
 */
public final class ChatStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ImportCancellation cancellation = new ImportCancellation();

    private ChatStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the database at {@code file}, creating it and its folders if needed and bringing its schema up to date.
     *
     * @throws StoreException when it cannot be created or opened, is not a humeur database, or is from a newer humeur
     */
    public static ChatStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw SqliteErrors.describe(file, "cannot open the database", e);
        }
        try {
            configure(connection);
            Migrations.apply(connection, file.toString());
            return new ChatStore(file, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e instanceof SQLException sql ? SqliteErrors.describe(file, "cannot open the database", sql)
                    : (RuntimeException) e;
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // WAL: readers (humeur chats) are not blocked by an import; NORMAL is crash-safe in WAL mode and much
            // faster than FULL. A 64 MB page cache (native memory, not Java heap) keeps the unique index hot.
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA temp_store = MEMORY");
        }
        // Auto-commit stays on: writers run explicit BEGIN IMMEDIATE ... COMMIT, so that no lock or read snapshot
        // is held between them (the driver's own transactions would start a new one after each commit).
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The switch a Ctrl-C handler flips to stop this store's imports without keeping half of one. */
    public ImportCancellation cancellation() {
        return cancellation;
    }

    /**
     * Imports one chat in one transaction: afterwards the database holds all its messages, or, if reading fails
     * or the import is cancelled, exactly what it held before.
     *
     * @param chat     the chat to read
     * @param file     the file or folder it comes from, recorded with the import
     * @param chatName the name to store the chat under, usually {@code chat.name()}
     * @param progress told of each message read
     * @throws IOException              when the export cannot be read; its message names the file and line
     * @throws ImportCancelledException when {@link #cancellation()} was cancelled
     * @throws StoreException           when the database cannot be written
     */
    public ImportResult importChat(ChatSource chat, SourceFile file, String chatName, ImportProgress progress)
            throws IOException {
        try {
            return new MessageImport(connection, cancellation).run(chat, file, chatName, progress);
        } catch (SQLException e) {
            throw SqliteErrors.describe(this.file, "cannot import " + chat.origin(), e);
        }
    }

    /** The stored chats, by platform and name, with their message and participant counts and date range. */
    public List<ChatOverview> chats() {
        String sql = "SELECT c.platform, c.name, "
                + "(SELECT count(*) FROM messages m WHERE m.chat_id = c.id), "
                + "(SELECT count(*) FROM participants p WHERE p.chat_id = c.id), "
                + "(SELECT min(ts) FROM messages m WHERE m.chat_id = c.id), "
                + "(SELECT max(ts) FROM messages m WHERE m.chat_id = c.id) "
                + "FROM chats c ORDER BY c.platform, c.name";
        List<ChatOverview> chats = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                chats.add(new ChatOverview(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        time(rs.getString(5)), time(rs.getString(6))));
            }
        } catch (SQLException e) {
            throw SqliteErrors.describe(file, "cannot list the chats", e);
        }
        return chats;
    }

    private static LocalDateTime time(String stored) {
        return stored == null ? null : LocalDateTime.parse(stored);
    }

    /** The open connection, for tests and later stores (scores) that share this database. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.describe(file, "cannot close the database", e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
