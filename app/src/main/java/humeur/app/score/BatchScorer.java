package humeur.app.score;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a stream of texts batch by batch: reads a batch, has the model score it while the next batch is read,
 * writes it, and so on. Memory holds two batches whatever the size of the input, and output order is input order.
 * {@link #stop()} (from a Ctrl-C handler) ends the run after the batch being written.
 */
public final class BatchScorer implements AutoCloseable {
    /** Texts per batch by default: enough to keep the model busy, few enough to keep memory small. */
    public static final int DEFAULT_BATCH_SIZE = 256;
    /** A batch also ends at this many characters, so that a run of very long texts stays within memory. */
    static final long MAX_BATCH_CHARS = 8_000_000;

    /** Told after each batch is written. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param texts     texts written in this batch
         * @param bytesRead bytes read from the current input so far
         */
        void batchWritten(int texts, long bytesRead);
    }

    private final SentimentScorer scorer;
    private final int batchSize;
    private final ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "humeur-scoring");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopped;
    private IOException failure;

    /** A scorer of batches of at most {@code batchSize} texts. */
    public BatchScorer(SentimentScorer scorer, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.scorer = scorer;
        this.batchSize = batchSize;
    }

    /**
     * Scores every text of {@code input} into {@code output}, in order, until the input ends or {@link #stop()}.
     *
     * @return the number of texts scored and written
     * @throws IOException when the input cannot be read or the output written; every text before an unreadable
     *                     one is scored and written first
     */
    public long run(TextInput input, ScoreOutput output, Progress progress) throws IOException {
        long written = 0;
        failure = null;
        List<TextRecord> batch = read(input);
        while (!batch.isEmpty()) {
            List<TextRecord> scoring = batch;
            Future<List<SentimentScore>> scores = modelThread.submit(() -> scorer.score(texts(scoring)));
            List<TextRecord> next;
            try {
                next = stopped ? List.of() : read(input);
            } catch (IOException | RuntimeException e) {
                // The batch before the unreadable line is still the user's: write it, then report.
                write(scoring, await(scores), output);
                throw e;
            }
            written += write(scoring, await(scores), output);
            progress.batchWritten(scoring.size(), input.bytesRead());
            if (stopped) {
                break;
            }
            batch = next;
        }
        return written;
    }

    /** Ends {@link #run} after the batch being scored is written; safe to call from any thread. */
    public void stop() {
        stopped = true;
    }

    /** Whether {@link #stop()} was called. */
    public boolean isStopped() {
        return stopped;
    }

    /**
     * The next batch. When the input fails part-way through a batch, the texts read before the failure are returned
     * first and the failure thrown by the next call: everything before an unreadable line is scored and written.
     */
    private List<TextRecord> read(TextInput input) throws IOException {
        if (failure != null) {
            IOException e = failure;
            failure = null;
            throw e;
        }
        List<TextRecord> batch = new ArrayList<>(Math.min(batchSize, 1024));
        long chars = 0;
        while (batch.size() < batchSize && chars < MAX_BATCH_CHARS && !stopped) {
            TextRecord record;
            try {
                record = input.next();
            } catch (IOException e) {
                if (batch.isEmpty()) {
                    throw e;
                }
                failure = e;
                break;
            }
            if (record == null) {
                break;
            }
            batch.add(record);
            chars += record.text().length();
        }
        return batch;
    }

    private static List<String> texts(List<TextRecord> batch) {
        List<String> texts = new ArrayList<>(batch.size());
        for (TextRecord r : batch) {
            texts.add(r.text());
        }
        return texts;
    }

    private List<SentimentScore> await(Future<List<SentimentScore>> scores) throws IOException {
        try {
            return scores.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the model was scoring", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private int write(List<TextRecord> batch, List<SentimentScore> scores, ScoreOutput output) throws IOException {
        if (scores.size() != batch.size()) {
            throw new IllegalStateException("the model " + scorer.name() + " gave " + scores.size() + " scores for "
                    + batch.size() + " texts");
        }
        for (int i = 0; i < batch.size(); i++) {
            output.add(new ScoredText(batch.get(i), scores.get(i)));
        }
        output.endBatch();
        return batch.size();
    }

    /** Stops the model's thread. */
    @Override
    public void close() {
        modelThread.shutdownNow();
    }
}
