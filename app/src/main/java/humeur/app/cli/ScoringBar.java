package humeur.app.cli;

import humeur.app.store.ScoringProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A progress bar for scoring a chat's stored messages, with rate and time left, on stderr when it is a terminal.
 * Sessions are counted in the bar's message too.
 */
final class ScoringBar implements ScoringProgress, AutoCloseable {
    /** Fewer messages than this are scored in a blink: no bar. */
    static final long WORTH_A_BAR = 2_000;

    private final ProgressBar bar;
    private long sessions;

    private ScoringBar(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} messages of {@code chat} on {@code terminal}, or a silent one. */
    static ScoringBar start(PrintStream terminal, String chat, long total) {
        if (terminal == null || total < WORTH_A_BAR) {
            return new ScoringBar(null);
        }
        return new ScoringBar(new ProgressBarBuilder()
                .setTaskName(chat.length() > 24 ? chat.substring(0, 23) + "…" : chat)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(250)
                .setInitialMax(total).setUnit(" messages", 1)
                .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .clearDisplayOnFinish()
                .build());
    }

    /** Stderr when it is a terminal (Java has a console), else {@code null}. */
    static PrintStream terminal() {
        return System.console() != null ? System.err : null;
    }

    @Override
    public void messagesScored(int count) {
        if (bar != null) {
            bar.stepBy(count);
        }
    }

    @Override
    public void sessionsScored(int count) {
        if (bar != null) {
            sessions += count;
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d sessions", sessions));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
