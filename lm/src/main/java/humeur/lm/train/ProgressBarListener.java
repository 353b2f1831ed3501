package humeur.lm.train;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A progress bar on standard error with the step, the ETA, tokens per second and a smoothed loss; only when a person
 * watches a terminal, since redrawn lines would clutter logs and redirected output.
 */
public final class ProgressBarListener implements TrainingCallback {
    private final PrintStream out;
    private ProgressBar bar;
    private long startNanos;
    private double smoothedLoss = Double.NaN;

    /**
     * Progress on standard error: this bar when a person watches a terminal, otherwise a {@link ProgressLogListener}
     * line a minute.
     */
    public static TrainingCallback onStandardError() {
        return System.console() != null ? new ProgressBarListener() : new ProgressLogListener(System.err, Duration.ofMinutes(1));
    }

    /** Shows a bar on standard error when the process has a console. */
    public ProgressBarListener() {
        this(System.console() != null ? System.err : null);
    }

    /** Shows a bar on {@code out}, or none when it is null. */
    public ProgressBarListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        if (out != null) {
            bar = new ProgressBarBuilder().setTaskName("training").setInitialMax(state.totalSteps())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out))
                    .showSpeed().build();
            bar.stepTo(state.step());
            startNanos = System.nanoTime();
        }
    }

    @Override
    public void afterStep(LoopState state) {
        smoothedLoss = Double.isNaN(smoothedLoss) ? state.loss() : 0.95 * smoothedLoss + 0.05 * state.loss();
        if (bar != null) {
            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
            bar.stepTo(state.step());
            bar.setExtraMessage(String.format("loss %.3f, %,.0f tokens/s", smoothedLoss, state.tokensSeen() / seconds));
        }
    }

    @Override
    public void onTrainingEnd(LoopState state) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
