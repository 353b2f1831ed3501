package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageModelTrainerTest {
    @TempDir
    Path dir;

    @Test
    void lossFallsOnRealFrenchText() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 1000, 200);
        corpus.assumeShared();
        LanguageModelBatches train = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(8, 12));
        LanguageModelBatches valid = LanguageModelBatches.over(corpus.validation(), LanguageModelBatches.Options.of(4, 12));
        List<Float> losses = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(manager, corpus.vocabularySize(), 32, 0.1f, 1);
            ValidationResult before = Validation.evaluate(model, manager, valid, corpus.validationCharacters());
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            Validation validation = new Validation(valid, corpus.validationCharacters(), r -> { });
            List<TrainingCallback> callbacks = List.of(new OneCycleSchedule(1e-2, train.stepsInEpoch(0) * 2L),
                    new GradientClipping(1f), new DivergenceGuard(), validation, new ProgressBarListener(null),
                    new TrainingCallback() {
                        @Override
                        public void afterStep(LoopState state) {
                            losses.add(state.loss());
                        }
                    });
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 12, 7, callbacks)) {
                LoopState end = trainer.fit(train, 2);
                assertTrue(end.step() == end.totalSteps(), end.step() + " of " + end.totalSteps());
            }
            int n = losses.size();
            double first = losses.subList(0, 20).stream().mapToDouble(Float::doubleValue).average().orElseThrow();
            double last = losses.subList(n - 20, n).stream().mapToDouble(Float::doubleValue).average().orElseThrow();
            ValidationResult after = validation.results().get(1);
            System.out.printf("%s: %d steps, loss %.3f → %.3f; validation before %s; after %s%n",
                    corpus.source(), n, first, last, before, after);
            assertTrue(last < first - 1.0, "training loss fell by at least a nat: " + first + " → " + last);
            assertTrue(after.perplexity() < 0.5 * before.perplexity(), before + " → " + after);
            assertTrue(after.bitsPerCharacter() < before.bitsPerCharacter());
        }
    }

    @Test
    void resetsStateAtEachEpochAndScalesTheRateByWindowLength() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 200, 50);
        int bptt = 10;
        LanguageModelBatches train = LanguageModelBatches.over(corpus.train(),
                LanguageModelBatches.Options.of(3, bptt).withVariableLength().withSeed(5));
        List<float[]> scales = new ArrayList<>(); // actual, expected
        try (NDManager manager = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(manager, corpus.vocabularySize(), 8, 0, 1);
            GroupedAdam adam = GroupedAdam.builder().learningRate(0.01f).build(model.layerGroups());
            TrainingCallback record = new TrainingCallback() {
                @Override
                public void beforeStep(LoopState state) {
                    scales.add(new float[]{adam.groupLearningRate(1) / adam.learningRate(), state.batchTokens() / 3f / bptt});
                }
            };
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), bptt, 1,
                    List.of(record))) {
                trainer.fit(train, 3);
            }
            assertEquals(3, model.resets);
        }
        assertTrue(scales.stream().anyMatch(s -> s[1] != 1), "variable windows");
        scales.forEach(s -> assertEquals(s[1], s[0], 1e-6));
    }
}
