package humeur.corpora.tokens;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.Skips;
import humeur.lm.data.TokenFileHeader;
import humeur.lm.data.TokenFileWriter;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Tokenises corpora on every core: one thread reads paragraphs in order and hands them out in chunks, the others
 * tokenise, and the results are taken back in reading order, so the output is the same whatever the thread count.
 * A corpus becomes either token counts (to build a vocabulary) or a token-id file.
 */
public final class CorpusTokenizer {
    /** The version of the tokenisation rules, part of every fingerprint: a change must make old token files stale. */
    public static final String RULES_VERSION = "french-chat-1";
    private static final int CHUNK = 2048;

    /** Told after each input file. */
    public interface Progress {
        void fileDone(Path file, long paragraphs, long tokens);

        Progress NONE = (file, paragraphs, tokens) -> { };
    }

    /** What a run read, wrote and left out. */
    public record Result(long paragraphs, long tokens, long documents, Skips skipped, boolean upToDate) {
    }

    private final int threads;
    private final Progress progress;

    /** A tokeniser using {@code threads} worker threads (at least one). */
    public CorpusTokenizer(int threads, Progress progress) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Counts the word tokens of {@code files}, for {@link humeur.lm.text.Vocabulary#build}. */
    public TokenCounts count(List<Path> files) throws IOException {
        TokenCounts total = new TokenCounts();
        run(files, texts -> {
            TokenCounts counts = new TokenCounts();
            for (String text : texts) {
                FrenchTokenizer.tokenize(text, counts::add);
            }
            return counts;
        }, total::merge, null);
        return total;
    }

    /**
     * Writes the ids of {@code files} to {@code output}, one document per paragraph, unless {@code output} was already
     * made from the same files (same paths, sizes and modification times) with the same vocabulary and rules.
     */
    public Result tokenize(List<Path> files, TextEncoder encoder, Path output) throws IOException {
        String fingerprint = fingerprint(files);
        if (TokenFileHeader.isUpToDate(output, encoder.vocabularyHash(), fingerprint)) {
            TokenFileHeader header = TokenFileHeader.read(output);
            return new Result(header.documentCount(), header.tokenCount(), header.documentCount(), new Skips(), true);
        }
        try (TokenFileWriter writer = TokenFileWriter.create(output, encoder.vocabularyName(), encoder.vocabularyHash(),
                encoder.vocabularySize(), fingerprint)) {
            Skips skipped = run(files, texts -> {
                List<int[]> ids = new ArrayList<>(texts.size());
                for (String text : texts) {
                    ids.add(encoder.encode(text));
                }
                return ids;
            }, ids -> {
                for (int[] document : ids) {
                    writer.append(document);
                }
            }, writer);
            writer.commit();
            return new Result(writer.documentCount(), writer.tokenCount(), writer.documentCount(), skipped, false);
        }
    }

    /** What a token file records of its input: each file's absolute path, size and modification time, and the rules. */
    public static String fingerprint(List<Path> files) throws IOException {
        StringBuilder sb = new StringBuilder(RULES_VERSION);
        for (Path file : files) {
            sb.append('\n').append(file.toAbsolutePath().normalize()).append('|').append(Files.size(file))
                    .append('|').append(Files.getLastModifiedTime(file).toMillis());
        }
        return sb.toString();
    }

    private interface Sink<R> {
        void accept(R result) throws IOException;
    }

    private <R> Skips run(List<Path> files, Function<List<String>, R> work, Sink<R> sink, TokenFileWriter writer)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "humeur-tokenize");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<R>> pending = new ArrayDeque<>();
        Skips skipped = new Skips();
        try {
            for (Path file : files) {
                long paragraphs = 0;
                try (ParagraphReader reader = CorpusSources.open(file)) {
                    List<String> chunk = new ArrayList<>(CHUNK);
                    for (Paragraph p; (p = reader.read()) != null; ) {
                        chunk.add(p.text());
                        paragraphs++;
                        if (chunk.size() == CHUNK) {
                            submit(pool, pending, work, chunk, sink);
                            chunk = new ArrayList<>(CHUNK);
                        }
                    }
                    submit(pool, pending, work, chunk, sink);
                    skipped.addAll(reader.skipped());
                }
                drain(pending, sink, 0);
                progress.fileDone(file, paragraphs, writer == null ? 0 : writer.tokenCount());
            }
            return skipped;
        } finally {
            pool.shutdownNow();
        }
    }

    private <R> void submit(ExecutorService pool, ArrayDeque<Future<R>> pending, Function<List<String>, R> work,
                            List<String> chunk, Sink<R> sink) throws IOException {
        if (!chunk.isEmpty()) {
            pending.add(pool.submit(() -> work.apply(chunk)));
            // a bounded queue keeps memory constant: the reader waits for the slowest chunk in flight
            drain(pending, sink, threads * 2);
        }
    }

    private static <R> void drain(ArrayDeque<Future<R>> pending, Sink<R> sink, int keep) throws IOException {
        while (pending.size() > keep) {
            try {
                sink.accept(pending.removeFirst().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("tokenisation interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(e.getCause());
            }
        }
    }
}
