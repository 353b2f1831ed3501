package humeur.app.cli.corpus;

import humeur.corpora.tokens.CorpusTokenizer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A progress bar over the bytes of a list of input files, advanced as each file is finished: the rate and time left
 * of a corpus made of several files. Drawn on stderr only when it is a terminal.
 */
final class FileProgress implements CorpusTokenizer.Progress, AutoCloseable {
    private final boolean visible;
    private final long totalBytes;
    private ProgressBar bar;
    private long done;

    private FileProgress(boolean visible, List<Path> files) throws IOException {
        this.visible = visible;
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        this.totalBytes = total;
    }

    /** A bar when stderr is a terminal, else a silent tracker. */
    static FileProgress forThisProcess(List<Path> files) throws IOException {
        FileProgress progress = new FileProgress(System.console() != null, files);
        progress.restart("tokenising");
        return progress;
    }

    /** Starts the bar again at zero, for a new pass over the same files. */
    void restart(String task) {
        close();
        done = 0;
        if (visible) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, totalBytes >> 20)).setUnit(" MB", 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).showSpeed().continuousUpdate().build();
        }
    }

    @Override
    public void fileDone(Path file, long paragraphs, long tokens) {
        try {
            done += Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bar != null) {
            bar.stepTo(done >> 20);
            bar.setExtraMessage(String.format("%,d tokens", tokens));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
