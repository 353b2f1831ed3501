package humeur.app.cli;

import humeur.app.store.ImportProgress;
import humeur.ingest.Message;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A progress bar on stderr, with rate and time left, while a large file is read. Only on a terminal: never in a
 * pipe, a log or the tests. A WhatsApp {@code .txt} is followed by line (its lines are counted first, which takes
 * a fraction of the import), anything else by message count, whose total is unknown, so without time left.
 */
final class ProgressDisplay {
    /** Below this a file is read in about a second: a bar would only flash. */
    static final long LARGE_FILE = 16L << 20;
    /** Messages between two updates of the bar: updating is cheap but not free, and this runs per message. */
    private static final int STRIDE = 1_000;

    private final PrintStream terminal;

    /** @param terminal where to draw bars, {@code null} for nowhere */
    ProgressDisplay(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** A display for this process: on stderr when it is a terminal, which is when Java has a console. */
    static ProgressDisplay forThisProcess() {
        return new ProgressDisplay(System.console() != null ? System.err : null);
    }

    /** A bar for reading a chat of {@code file}, or nothing if the file is small or stderr not a terminal. */
    Bar start(Path file, String chatName) throws IOException {
        if (terminal == null || !Files.isRegularFile(file) || Files.size(file) < LARGE_FILE) {
            return new Bar(null, false);
        }
        boolean byLine = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(chatName.length() > 24 ? chatName.substring(0, 23) + "…" : chatName)
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(250)
                .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .clearDisplayOnFinish();
        if (byLine) {
            builder.setInitialMax(countLines(file)).setUnit(" lines", 1);
        } else {
            builder.setInitialMax(-1).setUnit(" messages", 1).hideEta();
        }
        return new Bar(builder.build(), byLine);
    }

    private static long countLines(Path file) throws IOException {
        long lines = 1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** One chat's bar, told of each message; closing it clears it from the screen. */
    static final class Bar implements ImportProgress, AutoCloseable {
        private final ProgressBar bar;
        private final boolean byLine;
        private long messages;

        private Bar(ProgressBar bar, boolean byLine) {
            this.bar = bar;
            this.byLine = byLine;
        }

        @Override
        public void read(Message message) {
            if (bar != null && ++messages % STRIDE == 0) {
                bar.stepTo(byLine && message.line() > 0 ? message.line() : messages);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
