package humeur.lm.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.TokenFile;
import humeur.lm.model.Architecture;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real language model through the real loop, on real French text: tokeniser, vocabulary, token file, batches
 * of variable length, Adam with discriminative rates, 1cycle, clipping, AR/TAR and validation in bits per character.
 */
class LanguageModelTrainingTest {
    private static final int BATCH = 12;
    private static final int BPTT = 24;
    private static final long SEED = 5;

    @TempDir
    Path dir;

    private static TrainableLanguageModel model(Architecture architecture, int vocabularySize, NDManager manager, int seed) {
        // a model this small gains nothing from intra-op threads (see TinyModel); the manager has loaded the engine
        JniUtils.setNumThreads(1);
        LmConfig config = new LmConfig(architecture, vocabularySize, 32, 64, 2, Dropouts.awdLstmLanguageModel(), 0.2f,
                Vocabulary.PAD_ID, true);
        Engine.getInstance().setRandomSeed(seed);
        LanguageModel lm = new LanguageModel(config);
        lm.initialize(manager, DataType.FLOAT32, new Shape(BATCH, BPTT));
        return new TrainableLanguageModel(lm);
    }

    private static LanguageModelLoss lossWithArTar() {
        return new LanguageModelLoss(List.of(ActivationRegularization.ulmfit()));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void validationLossFallsBelowTheUnigramBaseline(Architecture architecture) throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 1500, 400);
        corpus.assumeShared();
        LanguageModelBatches train = LanguageModelBatches.over(corpus.train(),
                LanguageModelBatches.Options.of(BATCH, BPTT).withVariableLength().withSeed(SEED));
        LanguageModelBatches valid = LanguageModelBatches.over(corpus.validation(), LanguageModelBatches.Options.of(4, BPTT));
        double unigram = unigramCrossEntropy(corpus.train(), corpus.validation(), corpus.vocabularySize());
        int epochs = 3;
        long total = 0;
        for (int e = 0; e < epochs; e++) {
            total += train.stepsInEpoch(e);
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainableLanguageModel model = model(architecture, corpus.vocabularySize(), manager, 1);
            ValidationResult before = Validation.evaluate(model, manager, valid, corpus.validationCharacters());
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            Validation validation = new Validation(valid, corpus.validationCharacters(), r -> { });
            List<TrainingCallback> callbacks = List.of(new OneCycleSchedule(1e-2, total), new GradientClipping(0.5f),
                    new DivergenceGuard(), validation);
            long start = System.nanoTime();
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, lossWithArTar(), BPTT, SEED, callbacks)) {
                LoopState end = trainer.fit(train, epochs);
                assertEquals(total, end.step());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ValidationResult after = validation.results().get(epochs - 1);
            String report = String.format("%s on %s: %d steps in %.1f s; validation before: %s; after: %s;"
                    + " unigram %.4f nats/token", architecture, corpus.source(), total, seconds, before, after, unigram);
            System.out.println(report);
            assertTrue(after.loss() < before.loss() - 1, report);
            assertTrue(after.loss() < unigram, report);
            assertTrue(after.bitsPerCharacter() < validation.results().get(0).bitsPerCharacter(), report);
        }
    }

    /** One run's per-step losses and final weights. */
    private record Outcome(List<Float> losses, float[][] weights) {
    }

    /**
     * A run of the real model with dropout, variable windows and shuffled documents; it stops after
     * {@code stopAt} steps (checkpointing into {@code checkpoints}) unless that is negative, and resumes from
     * {@code resumeFrom} when given. Every object is built afresh, with other initial weights than the first run's.
     */
    private Outcome run(Architecture architecture, TinyCorpus corpus, long total, int epochs, int stopAt,
                        Checkpoints checkpoints, Path resumeFrom, int initSeed) throws IOException {
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(8, 20)
                .withVariableLength().withShuffledDocuments().withSeed(SEED));
        List<Float> losses = new ArrayList<>();
        List<TrainingCallback> callbacks = new ArrayList<>(List.of(new OneCycleSchedule(1e-2, total),
                new GradientClipping(0.4f), new TrainingCallback() {
                    @Override
                    public void afterStep(LoopState state) {
                        losses.add(state.loss());
                    }
                }));
        if (stopAt >= 0) {
            Interruption interruption = Interruption.withoutSignal();
            callbacks.add(new TrainingCallback() {
                @Override
                public void afterStep(LoopState state) {
                    if (state.step() == stopAt) {
                        interruption.request();
                    }
                }
            });
            callbacks.add(interruption);
            callbacks.add(new PeriodicCheckpoints(checkpoints, Duration.ofHours(1)));
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainableLanguageModel model = model(architecture, corpus.vocabularySize(), manager, initSeed);
            GroupedAdam adam = GroupedAdam.builder().weightDecay(0.1f).build(model.layerGroups());
            try (LanguageModelTrainer trainer = resumeFrom == null
                    ? LanguageModelTrainer.start(model, adam, lossWithArTar(), 20, SEED, callbacks)
                    : LanguageModelTrainer.resume(model, adam, lossWithArTar(), 20, SEED, callbacks, resumeFrom)) {
                trainer.fit(batches, epochs);
                float[][] weights = model.block().getParameters().values().stream().map(Parameter::getArray)
                        .map(a -> a.toFloatArray()).toArray(float[][]::new);
                return new Outcome(losses, weights);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void resumingTheRealModelMidEpochEndsWhereAnUninterruptedRunEnds(Architecture architecture) throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 300, 150);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(8, 20)
                .withVariableLength().withShuffledDocuments().withSeed(SEED));
        int epochs = 2;
        long total = batches.stepsInEpoch(0) + batches.stepsInEpoch(1);
        int stopAt = batches.stepsInEpoch(0) + batches.stepsInEpoch(1) / 2; // mid-epoch: the carried state matters
        assertTrue(stopAt > batches.stepsInEpoch(0) && stopAt < total, "stop in the middle of the second epoch");
        long start = System.nanoTime();
        Outcome whole = run(architecture, corpus, total, epochs, -1, null, null, 1);
        Checkpoints checkpoints = new Checkpoints(dir.resolve("checkpoints"), 1);
        Outcome first = run(architecture, corpus, total, epochs, stopAt, checkpoints, null, 1);
        Outcome rest = run(architecture, corpus, total, epochs, -1, null, checkpoints.latest().orElseThrow(), 2);
        System.out.printf("resume of the %s at step %d of %d on %s: %.1f s for the three runs%n", architecture, stopAt, total,
                corpus.source(), (System.nanoTime() - start) / 1e9);

        assertEquals(total, whole.losses().size());
        assertEquals(whole.losses().subList(0, stopAt), first.losses());
        // same engine, one thread, the same operations in the same order and the state restored bit for bit:
        // equality is exact, not within a tolerance
        assertEquals(whole.losses().subList(stopAt, (int) total), rest.losses());
        for (int i = 0; i < whole.weights().length; i++) {
            assertArrayEquals(whole.weights()[i], rest.weights()[i], "parameter " + i);
        }
    }

    /** The validation cross-entropy (nats per token) of the training text's unigram distribution, add-one smoothed. */
    private static double unigramCrossEntropy(TokenFile train, TokenFile validation, int vocabularySize) {
        long[] counts = new long[vocabularySize];
        int[] ids = new int[(int) train.size()];
        train.read(0, ids, 0, ids.length);
        for (int id : ids) {
            counts[id]++;
        }
        int[] held = new int[(int) validation.size()];
        validation.read(0, held, 0, held.length);
        double sum = 0;
        for (int id : held) {
            sum -= Math.log((counts[id] + 1.0) / (ids.length + vocabularySize));
        }
        return sum / held.length;
    }
}
