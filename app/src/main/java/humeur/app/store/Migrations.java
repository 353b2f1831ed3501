package humeur.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history: numbered SQL scripts, applied in order, the version reached kept in SQLite's
 * {@code PRAGMA user_version} (0 for a new database). To change the schema, add a script at the end of
 * {@link #SCRIPTS}; never edit one that was released, since databases out there have already run it.
 */
public final class Migrations {
    /** Script {@code i} (0-based) brings the database from version {@code i} to {@code i + 1}. */
    private static final List<String> SCRIPTS = List.of(
            "001-chats-and-messages.sql",
            "002-sentiment-scores.sql");

    private Migrations() {
    }

    /** The schema version this build of humeur writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The schema version of an open database. */
    public static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the database to {@link #latestVersion()} in one transaction (all scripts or none), refusing a database
     * written by a newer humeur, whose schema this one does not know.
     *
     * @param connection an open connection in auto-commit mode
     * @param name       the database file, for messages
     */
    static void apply(Connection connection, String name) throws SQLException {
        // Checked before taking the write lock, so that opening an up-to-date database never waits for an import.
        if (checked(version(connection), name) == latestVersion()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("BEGIN IMMEDIATE");
            try {
                // Read again under the lock: another humeur may have migrated it meanwhile.
                for (int v = checked(version(connection), name); v < latestVersion(); v++) {
                    s.executeUpdate(script(SCRIPTS.get(v)));
                    // user_version lives in the database header, which the transaction covers.
                    s.executeUpdate("PRAGMA user_version = " + (v + 1));
                }
                s.executeUpdate("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.executeUpdate("ROLLBACK");
                throw e;
            }
        }
    }

    private static int checked(int version, String name) {
        if (version > latestVersion()) {
            throw new StoreException(name + ": this database was written by a newer humeur (schema version " + version
                    + ", this one knows up to " + latestVersion() + "); upgrade humeur to use it");
        }
        return version;
    }

    private static String script(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
