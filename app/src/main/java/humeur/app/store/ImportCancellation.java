package humeur.app.store;

import java.sql.SQLException;

/**
 * Lets another thread (a Ctrl-C shutdown hook) stop imports. Cancelling and committing exclude each other, so once
 * {@link #cancel()} has returned no import transaction can commit any more: an import is kept whole or not at all.
 */
public final class ImportCancellation {
    private volatile boolean cancelled;
    private boolean inTransaction;

    /**
     * Stops the running import, if any, and every later one.
     *
     * @return whether an import transaction was open, and so will be rolled back
     */
    public synchronized boolean cancel() {
        cancelled = true;
        return inTransaction;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    synchronized void begin() {
        check();
        inTransaction = true;
    }

    /** Cheap enough to call every batch: a volatile read. */
    void check() {
        if (cancelled) {
            throw new ImportCancelledException();
        }
    }

    /** Runs {@code commit} unless cancelled, holding the lock so that {@link #cancel()} waits for it to finish. */
    synchronized void commit(SqlAction commit) throws SQLException {
        check();
        commit.run();
        inTransaction = false;
    }

    /** The import's transaction is over, committed or rolled back. */
    synchronized void ended() {
        inTransaction = false;
        notifyAll();
    }

    /**
     * Waits until no import transaction is open, for at most {@code millis}: after {@link #cancel()}, the time for
     * the importing thread to notice and roll back.
     *
     * @return whether no transaction is open any more
     */
    public synchronized boolean awaitEnd(long millis) {
        long deadline = System.currentTimeMillis() + millis;
        for (long left = millis; inTransaction && left > 0; left = deadline - System.currentTimeMillis()) {
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return !inTransaction;
    }

    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }
}
