package humeur.app.cli;

import humeur.app.score.BatchScorer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The bar of {@code humeur score}: bytes read of all the input files (rate in MB/s, time left), with the texts
 * scored beside it; on standard input, whose size is unknown, texts scored only. On stderr when it is a terminal.
 */
final class ScoreProgressBar implements BatchScorer.Progress, AutoCloseable {
    /** Below this much input, scoring is quick (with a real model, a few seconds): no bar. */
    static final long WORTH_A_BAR = 1L << 20;

    private final ProgressBar bar;
    private final boolean byBytes;
    private long doneBefore;
    private long texts;

    private ScoreProgressBar(ProgressBar bar, boolean byBytes) {
        this.bar = bar;
        this.byBytes = byBytes;
    }

    /**
     * A bar on {@code terminal} (null: none) for {@code totalBytes} of files, or {@code -1} for standard input.
     */
    static ScoreProgressBar start(PrintStream terminal, long totalBytes) {
        if (terminal == null || totalBytes >= 0 && totalBytes < WORTH_A_BAR) {
            return new ScoreProgressBar(null, false);
        }
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("scoring")
                .setStyle(ProgressBarStyle.UNICODE_BLOCK).setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(250).showSpeed().clearDisplayOnFinish();
        boolean byBytes = totalBytes >= 0;
        if (byBytes) {
            builder.setInitialMax(totalBytes).setUnit(" MB", 1L << 20);
        } else {
            builder.setInitialMax(-1).setUnit(" texts", 1).hideEta();
        }
        return new ScoreProgressBar(builder.build(), byBytes);
    }

    /** The next input starts: the bytes of the inputs before it are done. */
    void nextInput(long bytesOfPreviousInputs) {
        doneBefore = bytesOfPreviousInputs;
    }

    @Override
    public void batchWritten(int count, long bytesRead) {
        texts += count;
        if (bar == null) {
            return;
        }
        if (byBytes) {
            bar.stepTo(doneBefore + bytesRead);
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d texts", texts));
        } else {
            bar.stepTo(texts);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
