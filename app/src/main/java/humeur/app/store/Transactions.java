package humeur.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs short write transactions that a Ctrl-C (through {@link ImportCancellation}) either lets commit whole or
 * rolls back: scores are written a batch per transaction, so an interruption loses at most one batch.
 */
final class Transactions {
    private final Connection connection;
    private final ImportCancellation cancellation;

    Transactions(Connection connection, ImportCancellation cancellation) {
        this.connection = connection;
        this.cancellation = cancellation;
    }

    /** What a transaction does. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed unless it fails or the store is cancelled. */
    void run(Work work) throws SQLException {
        cancellation.begin();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("BEGIN IMMEDIATE");
            try {
                work.run();
                cancellation.commit(() -> s.executeUpdate("COMMIT"));
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    s.executeUpdate("ROLLBACK");
                } catch (SQLException again) {
                    // SQLite may have rolled back by itself (e.g. on a full disk).
                    e.addSuppressed(again);
                }
                throw e;
            }
        } finally {
            cancellation.ended();
        }
    }

    /** Throws {@link ImportCancelledException} if the store was cancelled: checked before slow work. */
    void check() {
        cancellation.check();
    }
}
