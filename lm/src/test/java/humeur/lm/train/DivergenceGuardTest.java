package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivergenceGuardTest {
    @TempDir
    Path dir;

    @Test
    void firesOnNanInfinityAndExplosionButNotOnNoise() {
        assertThrows(TrainingDivergedException.class, () -> new DivergenceGuard().check(Double.NaN, 3));
        assertThrows(TrainingDivergedException.class, () -> new DivergenceGuard().check(Double.POSITIVE_INFINITY, 3));
        DivergenceGuard guard = new DivergenceGuard();
        for (int step = 0; step < 50; step++) {
            int s = step;
            assertDoesNotThrow(() -> guard.check(2 + (s % 2) * 0.5, s));
        }
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> guard.check(40, 50));
        assertTrue(e.getMessage().contains("step 50"), e.getMessage());
    }

    @Test
    void aHardBatchLateInAClassifiersTrainingIsNotDivergence() {
        // a classifier's loss near 0.09 with a batch at 0.39: four times the best, yet a fraction of a nat
        DivergenceGuard guard = new DivergenceGuard();
        for (int step = 0; step < 200; step++) {
            guard.check(0.09, step);
        }
        assertDoesNotThrow(() -> guard.check(0.39, 200));
        assertThrows(TrainingDivergedException.class, () -> guard.check(1.5, 201));
    }

    @Test
    void stopsTrainingBeforeANanLossReachesTheWeights() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 100, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(2, 8));
        LossTerm poison = out -> out.get(0).sum().mul(Float.NaN);
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            float[] before = model.block().getParameters().get(0).getValue().getArray().toFloatArray();
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, new LanguageModelLoss(List.of(poison)),
                    8, 1, List.of(new DivergenceGuard()))) {
                TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> trainer.fit(batches, 1));
                assertTrue(e.getMessage().contains("NaN"), e.getMessage());
                assertArrayEquals(before, model.block().getParameters().get(0).getValue().getArray().toFloatArray());
            }
        }
    }
}
