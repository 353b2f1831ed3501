package humeur.classifier.bench;

import ai.djl.pytorch.jni.JniUtils;
import humeur.classifier.SentimentModel;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-process scoring speed of a model folder on a file of messages (one a line), for each intra-op thread count:
 * the steady rate of {@link SentimentModel#score} in batches of 256 (as {@code humeur score} feeds it: tokenising
 * included), the rate of the model alone on the same messages already tokenised (what the PyTorch reference
 * measures), and the latency of one message, warm, median and p95 over 200 calls. Also writes the token ids of the
 * messages, one message a line, for the PyTorch reference. Prints Markdown table rows. Not a test.
 * {@code ScoreSpeed MODEL_DIR MESSAGES LABEL IDS_OUT THREADS[,THREADS…] [COUNT]}
 */
public final class ScoreSpeed {
    private static final int CLI_BATCH = 256;
    private static final int LATENCY_CALLS = 200;

    private ScoreSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String> all = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        String label = args[2];
        Path idsOut = Path.of(args[3]);
        int[] threadCounts = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
        int count = args.length > 5 ? Math.min(Integer.parseInt(args[5]), all.size()) : Math.min(20_000, all.size());
        List<String> messages = all.subList(0, count);
        try (SentimentModel model = SentimentModel.load(dir)) {
            long t0 = System.nanoTime();
            List<int[]> ids = new ArrayList<>(count);
            for (String m : messages) {
                ids.add(model.encoding().encode(m));
            }
            double tokenSeconds = (System.nanoTime() - t0) / 1e9;
            long tokens = ids.stream().mapToLong(a -> a.length).sum();
            try (BufferedWriter w = Files.newBufferedWriter(idsOut, StandardCharsets.UTF_8)) {
                for (int[] doc : ids) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < doc.length; i++) {
                        line.append(i == 0 ? "" : " ").append(doc[i]);
                    }
                    w.write(line.append('\n').toString());
                }
            }
            System.err.printf("%s: %,d messages, %.1f ids a message (xxbos included), %.1f characters; tokenising "
                    + "alone %,.0f messages/s (1 thread)%n", label, count, tokens / (double) count,
                    messages.stream().mapToInt(String::length).average().orElse(0), count / tokenSeconds);
            for (int threads : threadCounts) {
                JniUtils.setNumThreads(threads);
                model.score(messages.subList(0, Math.min(2_000, count))); // warm-up
                long start = System.nanoTime();
                for (int from = 0; from < count; from += CLI_BATCH) {
                    model.score(messages.subList(from, Math.min(count, from + CLI_BATCH)));
                }
                double scoreRate = count / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                for (int from = 0; from < count; from += CLI_BATCH) {
                    model.probabilities(ids.subList(from, Math.min(count, from + CLI_BATCH)));
                }
                double modelRate = count / ((System.nanoTime() - start) / 1e9);
                for (int i = 0; i < 50; i++) {
                    model.score(List.of(messages.get(i)));
                }
                double[] ms = new double[LATENCY_CALLS];
                for (int i = 0; i < LATENCY_CALLS; i++) {
                    long s = System.nanoTime();
                    model.score(List.of(messages.get(i)));
                    ms[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("| DJL in-process (`SentimentModel`) | %s | %d | %,.0f | %,.0f | %.2f | %.2f |%n",
                        label, threads, scoreRate, modelRate, ms[LATENCY_CALLS / 2], ms[LATENCY_CALLS * 95 / 100]);
            }
        }
    }
}
