package humeur.app.cli;

import humeur.app.store.ImportCancellation;

import java.io.PrintWriter;

/**
 * Handles Ctrl-C during an import. The JVM runs shutdown hooks while the import thread goes on, so the hook must
 * make sure that thread cannot commit any more: it cancels the store's imports (a commit already under way finishes
 * first), waits a little for the rollback, and says what was lost.
 */
final class InterruptGuard implements AutoCloseable {
    private static final long ROLLBACK_WAIT_MILLIS = 3_000;

    private final ImportCancellation cancellation;
    private final PrintWriter err;
    private final Thread hook;
    private volatile String current = "the current file";

    private InterruptGuard(ImportCancellation cancellation, PrintWriter err) {
        this.cancellation = cancellation;
        this.err = err;
        this.hook = new Thread(this::interrupted, "humeur-interrupt");
    }

    /** Watches for Ctrl-C (and kill) until closed. */
    static InterruptGuard install(ImportCancellation cancellation, PrintWriter err) {
        InterruptGuard guard = new InterruptGuard(cancellation, err);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Names what is being imported (a file, or a chat of a file holding several), for the message on Ctrl-C. */
    void importing(String what) {
        current = what;
    }

    /** What the shutdown hook does; separate for tests. */
    void interrupted() {
        boolean rollingBack = cancellation.cancel();
        if (rollingBack) {
            cancellation.awaitEnd(ROLLBACK_WAIT_MILLIS);
            // After the terminal's ^C, and over whatever a progress bar left on the line.
            err.println();
            err.println("interrupted, nothing of " + current + " was kept");
        } else {
            err.println();
            err.println("interrupted");
        }
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing to remove.
        }
    }
}
