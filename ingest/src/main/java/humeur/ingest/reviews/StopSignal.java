package humeur.ingest.reviews;

import java.time.Duration;

/**
 * The crawl's stop button, pressed from another thread (Ctrl-C). Waits (the per-host delay, back-offs) end as soon
 * as it is pressed, so that a stop does not hang on a long Retry-After; a request under way finishes first.
 */
final class StopSignal {
    private boolean stopped;

    /** Asks the crawl to stop, and ends any wait. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    /**
     * Waits for {@code time}, or less if stopped meanwhile.
     *
     * @return whether the wait ran its course: false when the crawl was stopped
     */
    synchronized boolean sleep(Duration time) {
        long end = System.nanoTime() + time.toNanos();
        boolean interrupted = false;
        try {
            for (long left; !stopped && (left = end - System.nanoTime()) > 0; ) {
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    // An interrupt stops the crawl as stop() does; the thread keeps its interrupt status.
                    interrupted = true;
                    stopped = true;
                }
            }
            return !stopped;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
