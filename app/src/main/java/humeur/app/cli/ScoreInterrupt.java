package humeur.app.cli;

import humeur.app.score.BatchScorer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Handles Ctrl-C during {@code humeur score}. The JVM runs shutdown hooks while scoring goes on and exits when they
 * end, so the hook asks the scorer to stop after the batch under way and waits for that batch to be written and the
 * summary printed: the output then ends with whole records.
 */
final class ScoreInterrupt implements AutoCloseable {
    /** The model may take this long over a batch; beyond, the output ends after the batch before. */
    static final long WAIT_MILLIS = 30_000;

    private final BatchScorer scorer;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private ScoreInterrupt(BatchScorer scorer) {
        this.scorer = scorer;
        this.hook = new Thread(this::interrupted, "humeur-interrupt");
    }

    /** Watches for Ctrl-C (and kill) until closed. */
    static ScoreInterrupt install(BatchScorer scorer) {
        ScoreInterrupt guard = new ScoreInterrupt(scorer);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Says scoring is over and its summary printed: what a Ctrl-C waits for. */
    void finished() {
        done.countDown();
    }

    /** What the shutdown hook does; separate for tests. */
    void interrupted() {
        scorer.stop();
        try {
            done.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
