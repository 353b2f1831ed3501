package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interrupted run resumed from its checkpoint in fresh objects ends where an uninterrupted run ends: same losses
 * step by step, same weights. Dropout is on, window lengths vary and documents are shuffled, so the resumed run must
 * restore the moments, the step count (schedule and per-step seeds) and the data position to match.
 */
class ResumeTest {
    private static final int BPTT = 10;
    private static final int EPOCHS = 2;
    private static final long SEED = 11;

    @TempDir
    Path dir;

    private TinyCorpus corpus;

    private LanguageModelBatches batches() {
        return LanguageModelBatches.over(corpus.train(),
                LanguageModelBatches.Options.of(6, BPTT).withVariableLength().withShuffledDocuments().withSeed(SEED));
    }

    private final class Run {
        final List<Float> losses = new ArrayList<>();
        final List<TrainingCallback> callbacks = new ArrayList<>();
        final TinyModel model;
        final GroupedAdam adam;

        Run(NDManager manager, long totalSteps) {
            model = new TinyModel(manager, corpus.vocabularySize(), 16, 0.2f, 3);
            adam = GroupedAdam.builder().weightDecay(0.1f).build(model.layerGroups());
            callbacks.add(new OneCycleSchedule(2e-2, totalSteps));
            callbacks.add(new GradientClipping(0.5f));
            callbacks.add(new TrainingCallback() {
                @Override
                public void afterStep(LoopState state) {
                    losses.add(state.loss());
                }
            });
        }

        float[][] weights() {
            return model.block().getParameters().values().stream().map(Parameter::getArray).map(a -> a.toFloatArray()).toArray(float[][]::new);
        }
    }

    @Test
    void resumingAfterAnInterruptionEndsWhereAnUninterruptedRunEnds() throws IOException {
        corpus = TinyCorpus.write(dir, 400, 120);
        long total = batches().stepsInEpoch(0) + batches().stepsInEpoch(1);
        int interruptAt = (int) (batches().stepsInEpoch(0) + 7); // in the middle of the second epoch

        float[][] expected;
        List<Float> expectedLosses;
        try (NDManager manager = NDManager.newBaseManager()) {
            Run whole = new Run(manager, total);
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(whole.model, whole.adam,
                    LanguageModelLoss.crossEntropyOnly(), BPTT, SEED, whole.callbacks)) {
                trainer.fit(batches(), EPOCHS);
                expected = whole.weights();
            }
            expectedLosses = whole.losses;
        }
        assertEquals(total, expectedLosses.size());

        Checkpoints checkpoints = new Checkpoints(dir.resolve("checkpoints"), 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            Run first = new Run(manager, total);
            Interruption interruption = Interruption.withoutSignal();
            first.callbacks.add(new TrainingCallback() {
                @Override
                public void afterStep(LoopState state) {
                    if (state.step() == interruptAt) {
                        interruption.request(); // as Ctrl-C would, between batches
                    }
                }
            });
            first.callbacks.add(interruption);
            first.callbacks.add(new PeriodicCheckpoints(checkpoints, Duration.ofHours(1)));
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(first.model, first.adam,
                    LanguageModelLoss.crossEntropyOnly(), BPTT, SEED, first.callbacks)) {
                LoopState stopped = trainer.fit(batches(), EPOCHS);
                assertEquals("interrupted", stopped.stopReason());
                assertEquals(interruptAt, stopped.step());
            }
            assertEquals(expectedLosses.subList(0, interruptAt), first.losses);
        }
        Path checkpoint = checkpoints.latest().orElseThrow();
        assertEquals(String.format("step-%012d", interruptAt), checkpoint.getFileName().toString());
        try (var files = Files.list(checkpoint.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary folder left");
        }

        try (NDManager manager = NDManager.newBaseManager()) {
            Run resumed = new Run(manager, total); // fresh objects, freshly (and differently) initialised weights
            try (LanguageModelTrainer trainer = LanguageModelTrainer.resume(resumed.model, resumed.adam,
                    LanguageModelLoss.crossEntropyOnly(), BPTT, SEED, resumed.callbacks, checkpoint)) {
                LoopState end = trainer.fit(batches(), EPOCHS);
                assertEquals(total, end.step());
                // same engine, same thread count, same operations in the same order: bitwise equality holds
                assertEquals(expectedLosses.subList(interruptAt, (int) total), resumed.losses);
                float[][] actual = resumed.weights();
                for (int i = 0; i < expected.length; i++) {
                    assertArrayEquals(expected[i], actual[i], "parameter " + i);
                }
            }
        }
    }
}
