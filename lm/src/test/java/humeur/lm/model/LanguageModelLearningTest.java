package humeur.lm.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tiny model learns real French: 150 Adam steps (with AR/TAR, through DJL's Trainer) take the held-out loss well
 * below where it started and below a unigram model's cross-entropy, which only context can beat.
 */
class LanguageModelLearningTest {
    private static final int BATCH = 16;
    private static final int BPTT = 24;
    private static final int STEPS = 150;
    /** Only for the Trainer's configuration, which requires a loss; the steps compute theirs below. */
    private static final Loss CROSS_ENTROPY = Loss.softmaxCrossEntropyLoss();

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void lossFallsBelowTheUnigramBaseline(Architecture architecture) throws IOException {
        FrenchText.Lines text = FrenchText.lines(2_000);
        int split = text.lines().size() * 9 / 10;
        TokenCounts counts = new TokenCounts();
        text.lines().subList(0, split).forEach(line -> counts.addAll(FrenchTokenizer.tokenize(line)));
        Vocabulary vocabulary = Vocabulary.build(counts, 500, 2);
        int[] train = ids(text.lines().subList(0, split), vocabulary);
        // 3 KB of fallback text is too little to generalise from: there the model must beat the unigram model on
        // the text it read, which still takes context; the shared data gives a real held-out test
        int[] heldOut = text.shared() ? ids(text.lines().subList(split, text.lines().size()), vocabulary) : train;
        double unigram = unigramCrossEntropy(train, heldOut, vocabulary.size());

        LmConfig config = new LmConfig(architecture, vocabulary.size(), 32, 64, 2, Dropouts.awdLstmLanguageModel(),
                0.2f, Vocabulary.PAD_ID, true);
        Engine.getInstance().setRandomSeed(42);
        LanguageModel lm = new LanguageModel(config);
        try (Model model = Model.newInstance("lm-learning-test")) {
            model.setBlock(lm);
            DefaultTrainingConfig training = new DefaultTrainingConfig(CROSS_ENTROPY)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(5e-3f)).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(training)) {
                trainer.initialize(new Shape(BATCH, BPTT));
                NDManager manager = trainer.getManager();
                double before = evaluationLoss(lm, manager, heldOut);
                long start = System.nanoTime();
                int rowLength = train.length / BATCH;
                int chunks = (rowLength - 1) / BPTT;
                for (int step = 0; step < STEPS; step++) {
                    if (step % chunks == 0) {
                        lm.resetState(); // a new epoch starts the streams over
                    }
                    int offset = (step % chunks) * BPTT;
                    try (NDScope scope = new NDScope()) {
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray input = manager.create(window(train, rowLength, offset, 0, BATCH, BPTT));
                            NDArray target = manager.create(window(train, rowLength, offset, 1, BATCH, BPTT))
                                    .toType(ai.djl.ndarray.types.DataType.INT64, false);
                            NDList out = trainer.forward(new NDList(input));
                            NDArray loss = crossEntropy(out.get(0), target)
                                    .add(activationRegularisation(out.get(1), out.get(2)));
                            collector.backward(loss);
                        }
                    }
                    trainer.step(); // outside the scope, which would close the optimiser's state
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double after = evaluationLoss(lm, manager, heldOut);
                String report = String.format("%s on %s: %s loss %.3f -> %.3f (unigram %.3f, vocab %d,"
                                + " %d training tokens) in %.1f s", architecture, text.source(),
                        text.shared() ? "held-out" : "training", before, after, unigram, vocabulary.size(),
                        train.length, seconds);
                System.out.println(report);
                assertTrue(after < before - 1.0, report);
                assertTrue(after < unigram, report);
            }
        }
    }

    /** Mean next-token cross-entropy in nats, written out so there is no doubt what is measured. */
    private static NDArray crossEntropy(NDArray logits, NDArray target) {
        int classes = (int) logits.getShape().get(2);
        return logits.logSoftmax(-1).mul(target.oneHot(classes)).sum(new int[] {-1}).neg().mean();
    }

    /** AR and TAR as ULMFiT adds them: 2·mean(dropped²) + 1·mean((raw[t] − raw[t−1])²). */
    private static NDArray activationRegularisation(NDArray raw, NDArray dropped) {
        long steps = raw.getShape().get(1);
        NDArray ar = dropped.square().mean().mul(2);
        NDArray tar = raw.get(":, 1:, :").sub(raw.get(":, :{}, :", steps - 1)).square().mean();
        return ar.add(tar);
    }

    private static double evaluationLoss(LanguageModel lm, NDManager manager, int[] tokens) {
        int rows = 4;
        int rowLength = tokens.length / rows;
        lm.resetState();
        double sum = 0;
        int chunks = 0;
        for (int offset = 0; offset + BPTT + 1 <= rowLength; offset += BPTT) {
            try (NDScope scope = new NDScope()) {
                NDArray input = manager.create(window(tokens, rowLength, offset, 0, rows, BPTT));
                NDArray target = manager.create(window(tokens, rowLength, offset, 1, rows, BPTT))
                        .toType(ai.djl.ndarray.types.DataType.INT64, false);
                NDArray logits = lm.forward(new ParameterStore(manager, false), new NDList(input), false).head();
                sum += crossEntropy(logits, target).getFloat();
                chunks++;
            }
        }
        lm.resetState();
        return sum / chunks;
    }

    /** Row r of the batch reads the stream from r·rowLength + offset + shift, {@code length} tokens. */
    private static int[][] window(int[] stream, int rowLength, int offset, int shift, int rows, int length) {
        int[][] out = new int[rows][length];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(stream, r * rowLength + offset + shift, out[r], 0, length);
        }
        return out;
    }

    private static int[] ids(List<String> lines, Vocabulary vocabulary) {
        List<String> tokens = new ArrayList<>();
        lines.forEach(line -> tokens.addAll(FrenchTokenizer.tokenize(line)));
        return vocabulary.ids(tokens);
    }

    /** The held-out cross-entropy (nats) of the training unigram distribution, add-one smoothed. */
    private static double unigramCrossEntropy(int[] train, int[] heldOut, int vocabularySize) {
        long[] counts = new long[vocabularySize];
        for (int id : train) {
            counts[id]++;
        }
        double sum = 0;
        for (int id : heldOut) {
            sum -= Math.log((counts[id] + 1.0) / (train.length + vocabularySize));
        }
        return sum / heldOut.length;
    }
}
