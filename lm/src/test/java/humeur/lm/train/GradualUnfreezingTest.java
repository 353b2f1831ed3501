package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradualUnfreezingTest {
    @TempDir
    Path dir;

    @Test
    void unfreezesOneMoreGroupEachEpoch() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 60, 40);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 16));
        Map<Integer, String> frozenByEpoch = new TreeMap<>();
        TrainingCallback record = new TrainingCallback() {
            @Override
            public void beforeStep(LoopState state) {
                GroupedAdam adam = state.optimizer();
                frozenByEpoch.put(state.epoch(), adam.isFrozen(0) + "," + adam.isFrozen(1));
            }
        };
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 16, 1,
                    List.of(new GradualUnfreezing(1), record))) {
                trainer.fit(batches, 3);
            }
        }
        assertEquals(Map.of(0, "true,false", 1, "false,false", 2, "false,false"), frozenByEpoch);
    }
}
