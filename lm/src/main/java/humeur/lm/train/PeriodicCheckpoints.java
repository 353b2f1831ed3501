package humeur.lm.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Saves a checkpoint every so often (wall-clock time, checked between batches) and when training ends, finished or
 * interrupted; never when it fails, so that a diverged run does not overwrite the last good checkpoint.
 */
public final class PeriodicCheckpoints implements TrainingCallback {
    private final Checkpoints checkpoints;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long lastSave;
    private Path last;

    /** Checkpoints into {@code checkpoints} every {@code interval}. */
    public PeriodicCheckpoints(Checkpoints checkpoints, Duration interval) {
        this(checkpoints, interval, System::nanoTime);
    }

    PeriodicCheckpoints(Checkpoints checkpoints, Duration interval, LongSupplier clock) {
        this.checkpoints = checkpoints;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    /** The folder of the last checkpoint written, or null. */
    public Path last() {
        return last;
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        lastSave = clock.getAsLong();
    }

    @Override
    public void afterStep(LoopState state) {
        if (clock.getAsLong() - lastSave >= intervalNanos) {
            save(state);
        }
    }

    @Override
    public void onTrainingEnd(LoopState state) {
        save(state);
    }

    private void save(LoopState state) {
        try {
            last = checkpoints.save(state);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a checkpoint: " + e.getMessage(), e);
        }
        lastSave = clock.getAsLong();
    }
}
