package humeur.lm.train;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, one every interval and one at the end: for training whose standard error goes to a log
 * (a recipe run under nohup, CI), where a redrawn bar would be noise but hours of silence would hide a stalled run.
 * Each line has the step, the share done, a smoothed loss, tokens per second since this process started and the ETA.
 */
public final class ProgressLogListener implements TrainingCallback {
    private final PrintStream out;
    private final long intervalNanos;
    private final LongSupplier clock;
    private long startNanos;
    private long startStep;
    private long lastLineNanos;
    private long lastLineStep = -1;
    private double smoothedLoss = Double.NaN;

    /** Writes a line to {@code out} every {@code interval}. */
    public ProgressLogListener(PrintStream out, Duration interval) {
        this(out, interval, System::nanoTime);
    }

    /** Same, timed by {@code clock} (nanoseconds), for tests. */
    ProgressLogListener(PrintStream out, Duration interval, LongSupplier clock) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        startNanos = clock.getAsLong();
        lastLineNanos = startNanos;
        startStep = state.step();
    }

    @Override
    public void afterStep(LoopState state) {
        smoothedLoss = Double.isNaN(smoothedLoss) ? state.loss() : 0.95 * smoothedLoss + 0.05 * state.loss();
        long now = clock.getAsLong();
        if (now - lastLineNanos >= intervalNanos) {
            lastLineNanos = now;
            lastLineStep = state.step();
            out.println(line(state, now));
        }
    }

    @Override
    public void onTrainingEnd(LoopState state) {
        if (state != null && state.step() > startStep && state.step() != lastLineStep) {
            out.println(line(state, clock.getAsLong()));
        }
    }

    private String line(LoopState state, long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        long done = state.step() - startStep;
        long left = Math.max(0, state.totalSteps() - state.step());
        long eta = done > 0 ? Math.round(seconds / done * left) : 0;
        return String.format("training: step %,d/%,d (%.1f %%), loss %.3f, %,.0f tokens/s, ETA %d:%02d:%02d",
                state.step(), state.totalSteps(), 100.0 * state.step() / Math.max(1, state.totalSteps()),
                smoothedLoss, state.tokensSeen() / seconds, eta / 3600, eta / 60 % 60, eta % 60);
    }
}
