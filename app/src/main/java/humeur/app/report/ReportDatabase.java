package humeur.app.report;

import humeur.app.store.ChatStore;
import humeur.app.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens an existing humeur database for reading reports: it never creates one, and never writes to it. */
public final class ReportDatabase {
    private ReportDatabase() {
    }

    /**
     * A read-only connection to {@code db}, after bringing its schema up to date (a database from before scores
     * gains the empty score tables, and the report then says to score first).
     *
     * @throws StoreException when there is no database at {@code db} or it cannot be opened
     */
    public static Connection open(Path db) {
        // A mistyped --db must not leave an empty database behind.
        if (!Files.isRegularFile(db)) {
            throw new StoreException("there is no database at " + db + ": import a chat export first (humeur import FILE)");
        }
        ChatStore.open(db).close();
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = ON");
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA cache_size = -65536");
            }
            return connection;
        } catch (SQLException e) {
            throw new StoreException(db + ": cannot open the database: " + e.getMessage(), e);
        }
    }
}
