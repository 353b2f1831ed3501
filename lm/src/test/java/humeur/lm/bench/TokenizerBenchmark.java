package humeur.lm.bench;

import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Tokenises the gzipped prose of {@code ../shared/data/lm} with {@link FrenchTokenizer} on several threads, reading and
 * decompression included, and prints words/s (whitespace-separated, as {@code wc -w}) and tokens/s:
 * {@code TokenizerBenchmark [DIR] [THREADS] [MAX_LINES_PER_FILE] [count]}; {@code count} also counts tokens per thread,
 * merges the counts and builds a 60k vocabulary; {@code -Dsubword.model=FILE} encodes to subword ids with that model
 * instead (tokens are then subword pieces). Rerun with {@code lm/scripts/bench-tokenizer.sh}.
 */
public final class TokenizerBenchmark {
    private TokenizerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/lm");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long maxLines = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        boolean count = args.length > 3 && args[3].equals("count");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".gz"))
                    .sorted(Comparator.comparingLong(TokenizerBenchmark::size).reversed()).toList();
        }
        String model = System.getProperty("subword.model");
        SubwordTokenizer subwords = model == null ? null : SubwordTokenizer.load(Path.of(model));
        System.out.printf("%d files in %s, %d threads, heap max %d MB%s%n", files.size(), dir, threads,
                Runtime.getRuntime().maxMemory() >> 20, count ? ", counting tokens"
                        : subwords != null ? ", subword ids from " + model + " (" + subwords.size() + " pieces)" : "");
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        List<Worker> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(queue, maxLines, count ? new TokenCounts() : null, subwords);
            workers.add(worker);
            worker.start();
        }
        long lines = 0, words = 0, tokens = 0, chars = 0;
        TokenCounts total = count ? new TokenCounts() : null;
        for (Worker worker : workers) {
            worker.join();
            if (worker.failure != null) {
                throw worker.failure;
            }
            lines += worker.lines;
            words += worker.words;
            tokens += worker.tokens;
            chars += worker.chars;
            if (count) {
                total.merge(worker.counts);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%,d lines, %,d words, %,d tokens, %,d chars in %.2f s%n", lines, words, tokens, chars, seconds);
        System.out.printf("%,.0f words/s, %,.0f tokens/s, %.1f M chars/s%n", words / seconds, tokens / seconds, chars / seconds / 1e6);
        if (count) {
            long vocabStart = System.nanoTime();
            Vocabulary vocabulary = Vocabulary.build(total, 60_000, 3);
            System.out.printf("%,d distinct tokens; vocabulary of %,d built in %.2f s%n", total.distinct(),
                    vocabulary.size(), (System.nanoTime() - vocabStart) / 1e9);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use at the end: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Worker extends Thread {
        private final ConcurrentLinkedQueue<Path> queue;
        private final long maxLines;
        private final TokenCounts counts;
        private final SubwordTokenizer subwords;
        private long lines, words, tokens, chars;
        private Exception failure;

        Worker(ConcurrentLinkedQueue<Path> queue, long maxLines, TokenCounts counts, SubwordTokenizer subwords) {
            this.queue = queue;
            this.maxLines = maxLines;
            this.counts = counts;
            this.subwords = subwords;
        }

        @Override
        public void run() {
            long begin = System.nanoTime();
            try {
                for (Path file; (file = queue.poll()) != null; ) {
                    tokenize(file);
                }
                System.out.printf("  %s: %,d words in %.2f s%n", getName(), words, (System.nanoTime() - begin) / 1e9);
            } catch (Exception e) {
                failure = e;
            }
        }

        private void tokenize(Path file) throws IOException {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                long read = 0;
                for (String line; read < maxLines && (line = reader.readLine()) != null; read++) {
                    lines++;
                    chars += line.length();
                    words += words(line);
                    if (subwords != null) {
                        tokens += subwords.encode(line).length;
                    } else if (counts != null) {
                        FrenchTokenizer.tokenize(line, token -> {
                            tokens++;
                            counts.add(token);
                        });
                    } else {
                        FrenchTokenizer.tokenize(line, token -> tokens++);
                    }
                }
            }
        }

        private static int words(String line) {
            int n = 0;
            boolean inWord = false;
            for (int i = 0; i < line.length(); i++) {
                boolean space = Character.isWhitespace(line.charAt(i));
                n += !space && !inWord ? 1 : 0;
                inWord = !space;
            }
            return n;
        }
    }
}
