package humeur.lm.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.LmBatch;
import humeur.lm.data.TokenFile;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.train.ActivationRegularization;
import humeur.lm.train.GradientClipping;
import humeur.lm.train.GroupedAdam;
import humeur.lm.train.LanguageModelLoss;
import humeur.lm.train.LanguageModelTrainer;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainableLanguageModel;
import humeur.lm.train.TrainingCallback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Issue 5's speed and memory benchmark, one measurement per process so that peak memory does not mix:
 * <pre>
 *   LanguageModelBenchmark matmul [SIZE] [ROUNDS]
 *   LanguageModelBenchmark CONFIG TOKEN_FILE [TRAIN_BATCHES] [INFER_BATCHES] [WARMUP]
 * </pre>
 * CONFIG is {@code lstm-small}, {@code qrnn-small}, {@code lstm} (fastai's AWD-LSTM) or {@code qrnn} (MultiFiT's
 * QRNN); the vocabulary size is the token file's (60,000 words for {@code bench/out/lm.tok}); batch 64 × bptt 70 of
 * the file's real token stream. Training is humeur's own loop ({@link LanguageModelTrainer}: forward, cross-entropy
 * with AR/TAR, backward, gradient clipping, {@link GroupedAdam}); inference is the forward pass in inference mode with
 * the per-token cross-entropy (what validation and scoring compute). The engine runs {@code THREADS} intra-op threads
 * (default 2). Each figure is printed as a {@code RESULT} line that bench/lm_table.py turns into the table.
 *
 * <p>Model FLOPs per token, counting the matrix products only (2 FLOPs per multiply-add):
 * forward = 2·(Σ over recurrent layers of the gate weights touched per token + emb·vocab), where an LSTM layer touches
 * 4·h·(in + h) weights and a QRNN layer 3·h·in·window; training = 3 × forward (backward computes the gradients of
 * both the inputs and the weights of every product). Elementwise work, softmax and the optimiser count nothing, so
 * the fraction of the matmul peak is what is left for them.
 */
public final class LanguageModelBenchmark {
    private static final int BATCH = 64;
    private static final int BPTT = 70;
    /** PROFILE=FILE writes libtorch's profile (Chrome trace JSON) of the first measured training batch. */
    private static final String PROFILE = System.getenv("PROFILE");
    /** IMPL=NAME labels the RESULT lines (bench/run lm runs humeur twice: as launched, and with glibc keeping memory). */
    private static final String IMPL = System.getenv().getOrDefault("IMPL", "humeur");

    private LanguageModelBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        int threads = Integer.parseInt(System.getenv().getOrDefault("THREADS", "2"));
        Engine engine = Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(threads);
        System.out.printf("engine %s %s, intra-op threads %d, java %s%n", engine.getEngineName(), engine.getVersion(),
                threads, System.getProperty("java.version"));
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: LanguageModelBenchmark matmul [SIZE] [ROUNDS] | CONFIG TOKEN_FILE [TRAIN] [INFER] [WARMUP]");
        }
        if (args[0].equals("matmul")) {
            matmul(args.length > 1 ? Integer.parseInt(args[1]) : 2048, args.length > 2 ? Integer.parseInt(args[2]) : 20);
            return;
        }
        String name = args[0];
        Path tokens = Path.of(args[1]);
        int trainBatches = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int inferBatches = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        TokenFile file = TokenFile.open(tokens);
        LmConfig config = config(name, file.header().vocabularySize());
        double forward = forwardFlopsPerToken(config);
        System.out.printf("%s: %s, vocabulary %,d (%s), %,.0f parameters; %.2f MFLOP/token forward, %.2f training%n",
                name, config.architecture(), config.vocabularySize(), tokens, parameterCount(config), forward / 1e6,
                3 * forward / 1e6);
        System.out.printf("token file: %,d tokens, %,d documents%n", file.size(), file.documentCount());
        Engine.getInstance().setRandomSeed(42);
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = new LanguageModel(config);
            model.initialize(manager, DataType.FLOAT32, new Shape(BATCH, BPTT));
            LanguageModelBatches batches = LanguageModelBatches.over(file, LanguageModelBatches.Options.of(BATCH, BPTT));
            double[] cpu = cpuSeconds();
            Timing train = train(model, config, batches, warmup, trainBatches);
            result(name, "train", train, 3 * forward, file, cpu);
            if (inferBatches > 0) { // 0 when only the training batch is wanted (a profile)
                cpu = cpuSeconds();
                Timing infer = infer(model, manager, batches, warmup, inferBatches);
                result(name, "infer", infer, forward, file, cpu);
            }
            // huge pages in use while the weights still live: non-zero when HugePages reached libtorch in time
            System.out.printf("RESULT impl=" + IMPL + " config=%s mode=memory peak_rss_mb=%d huge_pages_mb=%d%n", name,
                    peakRssMb(), hugePagesMb());
        }
    }

    /** The configurations of issue 5: LmConfig's four factory methods, with the token file's vocabulary. */
    static LmConfig config(String name, int vocabulary) {
        return switch (name) {
            case "lstm-small" -> LmConfig.awdLstmSmall(vocabulary);
            case "qrnn-small" -> LmConfig.qrnnSmall(vocabulary);
            case "lstm" -> LmConfig.awdLstm(vocabulary);
            case "qrnn" -> LmConfig.qrnn(vocabulary);
            default -> throw new IllegalArgumentException("unknown configuration " + name
                    + ": lstm-small, qrnn-small, lstm or qrnn");
        };
    }

    /** Matrix-product FLOPs of one token's forward pass: recurrent gates plus the tied decoder (see the class comment). */
    static double forwardFlopsPerToken(LmConfig config) {
        double weights = 0;
        for (int layer = 0; layer < config.layers(); layer++) {
            double in = config.layerInputSize(layer);
            double h = config.layerOutputSize(layer);
            weights += config.architecture() == Architecture.QRNN
                    ? 3 * h * in * (layer == 0 ? 2 : 1)
                    : 4 * h * (in + h);
        }
        weights += (double) config.embeddingSize() * config.vocabularySize();
        return 2 * weights;
    }

    private static double parameterCount(LmConfig config) {
        LanguageModel model = new LanguageModel(config);
        try (NDManager manager = NDManager.newBaseManager()) {
            model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
            return model.getParameters().values().stream().mapToDouble(p -> p.getArray().size()).sum();
        }
    }

    /** Per-batch wall times in seconds (after warm-up) and the tokens of each batch. */
    record Timing(double[] seconds, long[] tokens) {
        double tokensPerSecond() {
            return Arrays.stream(tokens).sum() / Arrays.stream(seconds).sum();
        }

        double medianSeconds() {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private static Timing train(LanguageModel model, LmConfig config, LanguageModelBatches batches, int warmup, int measured) {
        TrainableLanguageModel trainable = new TrainableLanguageModel(model);
        GroupedAdam adam = GroupedAdam.builder().learningRate(1e-3f).build(trainable.layerGroups());
        LanguageModelLoss loss = new LanguageModelLoss(List.of(ActivationRegularization.ulmfit()));
        double[] seconds = new double[measured];
        long[] tokens = new long[measured];
        TrainingCallback timer = new TrainingCallback() {
            private long last;
            private double[] lastCpu;

            @Override
            public void onTrainingBegin(LoopState state) {
                last = System.nanoTime();
                lastCpu = cpuSeconds();
            }

            @Override
            public void afterStep(LoopState state) {
                if (PROFILE != null && state.step() == warmup) {
                    JniUtils.startProfile(false, true, false); // the next batch, warm, under libtorch's profiler, with shapes
                } else if (PROFILE != null && state.step() == warmup + 1) {
                    JniUtils.stopProfile(PROFILE);
                    System.out.println("  profile of training batch " + state.step() + " written to " + PROFILE);
                }
                long now = System.nanoTime();
                int k = (int) state.step() - 1 - warmup;
                double[] cpu = cpuSeconds();
                System.out.printf("  train batch %d: %.3f s, loss %.3f, cpu user %.2f s sys %.2f s%n", state.step(),
                        (now - last) / 1e9, state.loss(), cpu[0] - lastCpu[0], cpu[1] - lastCpu[1]);
                lastCpu = cpu;
                if (k >= 0) {
                    seconds[k] = (now - last) / 1e9;
                    tokens[k] = state.batchTokens();
                }
                last = now;
                if (k + 1 >= measured) {
                    state.requestStop("benchmark done");
                }
            }
        };
        float clip = config.architecture() == Architecture.QRNN ? 0.12f : 0.4f;
        try (LanguageModelTrainer trainer = LanguageModelTrainer.start(trainable, adam, loss, BPTT, 42,
                List.of(new GradientClipping(clip), timer))) {
            trainer.fit(batches, 1);
        }
        return new Timing(seconds, tokens);
    }

    private static Timing infer(LanguageModel model, NDManager manager, LanguageModelBatches batches, int warmup, int measured) {
        ParameterStore parameters = new ParameterStore(manager, false);
        model.resetState();
        double[] seconds = new double[measured];
        long[] tokens = new long[measured];
        Iterator<LmBatch> epoch = batches.epoch(0).iterator();
        for (int i = 0; i < warmup + measured; i++) {
            LmBatch batch = epoch.next();
            double[] cpu = cpuSeconds();
            long start = System.nanoTime();
            double nats;
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray targets = manager.create(batch.target());
                NDArray logits = model.forward(parameters, new NDList(manager.create(batch.input())), false).get(0);
                nats = LanguageModelLoss.crossEntropy(logits, targets).sum().getFloat();
            }
            double s = (System.nanoTime() - start) / 1e9;
            long n = (long) batch.input().length * batch.seqLength();
            double[] cpuEnd = cpuSeconds();
            System.out.printf("  infer batch %d: %.3f s, loss %.3f, cpu user %.2f s sys %.2f s%n", i + 1, s, nats / n,
                    cpuEnd[0] - cpu[0], cpuEnd[1] - cpu[1]);
            if (i >= warmup) {
                seconds[i - warmup] = s;
                tokens[i - warmup] = n;
            }
        }
        model.resetState();
        return new Timing(seconds, tokens);
    }

    // cpu: user and system CPU seconds of the process when the phase began (warm-up included in the difference)
    private static void result(String name, String mode, Timing t, double flopsPerToken, TokenFile file, double[] cpu) {
        double tps = t.tokensPerSecond();
        double[] now = cpuSeconds();
        System.out.printf(Locale.ROOT, "RESULT impl=" + IMPL + " config=%s mode=%s batches=%d tokens_per_s=%.1f median_batch_s=%.4f"
                        + " mflop_per_token=%.3f gflops=%.2f corpus_tokens=%d user_s=%.1f sys_s=%.1f%n", name, mode,
                t.seconds().length, tps, t.medianSeconds(), flopsPerToken / 1e6, tps * flopsPerToken / 1e9, file.size(),
                now[0] - cpu[0], now[1] - cpu[1]);
    }

    /**
     * User and system CPU seconds of this process so far (/proc/self/stat, 100 ticks a second); zeros where /proc is
     * missing. High system time means page faults: fresh memory for large arrays, zeroed by the kernel.
     */
    static double[] cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new double[] {Long.parseLong(fields[11]) / 100.0, Long.parseLong(fields[12]) / 100.0};
        } catch (IOException | RuntimeException e) {
            return new double[2];
        }
    }

    /** Anonymous memory in transparent huge pages now (/proc/self/smaps_rollup), in MB; -1 where unknown. */
    static long hugePagesMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/smaps_rollup"))) {
                if (line.startsWith("AnonHugePages:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Dense float32 products of two SIZE×SIZE matrices through DJL's NDArray: warm-up, then ROUNDS timed. */
    private static void matmul(int size, int rounds) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.randomUniform(-1f, 1f, new Shape(size, size));
            NDArray b = manager.randomUniform(-1f, 1f, new Shape(size, size));
            double flops = 2.0 * size * size * size;
            for (int i = 0; i < 3; i++) {
                try (NDArray c = a.matMul(b)) {
                    c.getFloat(0, 0); // the result is computed by now
                }
            }
            List<Double> gflops = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                try (NDArray c = a.matMul(b)) {
                    c.getFloat(0, 0);
                }
                gflops.add(flops / (System.nanoTime() - start));
            }
            gflops.sort(null);
            System.out.printf(Locale.ROOT, "RESULT impl=" + IMPL + " config=matmul mode=peak size=%d rounds=%d best_gflops=%.2f"
                    + " median_gflops=%.2f%n", size, rounds, gflops.get(rounds - 1), gflops.get(rounds / 2));
        }
        System.out.printf("RESULT impl=" + IMPL + " config=matmul mode=memory peak_rss_mb=%d%n", peakRssMb());
    }

    /** The process's peak resident memory (VmHWM), in MB; -1 where /proc is missing. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
