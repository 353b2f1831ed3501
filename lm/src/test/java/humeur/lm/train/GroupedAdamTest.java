package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GroupedAdamTest {
    @TempDir
    Path dir;

    private LanguageModelBatches batches;
    private int vocabulary;

    @BeforeEach
    void corpus() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 150, 60);
        batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 8));
        vocabulary = corpus.vocabularySize();
    }

    private static TrainingCallback stopAfter(int steps) {
        return new TrainingCallback() {
            @Override
            public void afterStep(LoopState state) {
                if (state.step() == steps) {
                    state.requestStop("test");
                }
            }
        };
    }

    private static List<float[]> values(List<Parameter> group) {
        List<float[]> values = new ArrayList<>();
        group.forEach(p -> values.add(p.getArray().toFloatArray()));
        return values;
    }

    private static float maxChange(List<float[]> before, List<float[]> after) {
        float max = 0;
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).length; j++) {
                max = Math.max(max, Math.abs(after.get(i)[j] - before.get(i)[j]));
            }
        }
        return max;
    }

    @Test
    void eachGroupGetsItsOwnRateTwoPointSixTimesLessPerLayerDown() {
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, vocabulary, 8, 0, 1);
            List<List<Parameter>> three = List.of(model.layerGroups().get(0).subList(0, 1),
                    model.layerGroups().get(0).subList(1, 2), model.layerGroups().get(1));
            GroupedAdam adam = GroupedAdam.builder().learningRate(0.01f).build(three);
            assertEquals(0.01f, adam.groupLearningRate(2), 1e-9);
            assertEquals(0.01f / 2.6f, adam.groupLearningRate(1), 1e-9);
            assertEquals(0.01f / (2.6f * 2.6f), adam.groupLearningRate(0), 1e-9);
            adam.setLearningRateScale(0.5f);
            assertEquals(0.005f, adam.groupLearningRate(2), 1e-9);
        }
    }

    @Test
    void theFirstAdamStepMovesEachWeightByItsGroupsRate() {
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, vocabulary, 8, 0, 1);
            GroupedAdam adam = GroupedAdam.builder().learningRate(0.01f).weightDecay(0).epsilon(1e-10f).build(model.layerGroups());
            List<float[]> embedding = values(model.layerGroups().get(0));
            List<float[]> decoder = values(model.layerGroups().get(1));
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 8, 1,
                    List.of(stopAfter(1)))) {
                trainer.fit(batches, 1);
            }
            // Adam's first step is lr · g / |g|: every weight with a gradient moves by exactly its group's rate
            assertEquals(0.01f, maxChange(decoder, values(model.layerGroups().get(1))), 1e-5);
            assertEquals(0.01f / 2.6f, maxChange(embedding, values(model.layerGroups().get(0))), 1e-5);
        }
    }

    @Test
    void frozenGroupsDoNotChangeAndGradientsAreZeroedAfterEachStep() {
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, vocabulary, 8, 0.1f, 1);
            GroupedAdam adam = GroupedAdam.builder().learningRate(0.01f).build(model.layerGroups());
            adam.freeze(0, true);
            List<float[]> embedding = values(model.layerGroups().get(0));
            List<float[]> decoder = values(model.layerGroups().get(1));
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 8, 1,
                    List.of(stopAfter(5)))) {
                trainer.fit(batches, 1);
            }
            List<float[]> after = values(model.layerGroups().get(0));
            for (int i = 0; i < embedding.size(); i++) {
                assertArrayEquals(embedding.get(i), after.get(i), "frozen parameter " + i);
            }
            assertFalse(maxChange(decoder, values(model.layerGroups().get(1))) == 0, "the trainable group moved");
            for (Parameter p : model.layerGroups().get(1)) {
                assertEquals(0f, p.getArray().getGradient().abs().max().getFloat(), p.getName() + " gradient");
            }
        }
    }

    @Test
    void weightDecayIsDecoupledFromTheAdamStep() {
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, vocabulary, 8, 0, 1);
            GroupedAdam adam = GroupedAdam.builder().learningRate(0.01f).weightDecay(0.1f).build(model.layerGroups());
            Parameter weight = model.layerGroups().get(0).get(0);
            assertEquals(Parameter.Type.WEIGHT, weight.getType());
            float[] w0 = weight.getArray().toFloatArray();
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 8, 1,
                    List.of(stopAfter(1)))) {
                trainer.fit(batches, 1);
            }
            // a token absent from the first batch gives its embedding column no gradient, hence no Adam step:
            // the column only shrinks by (1 − lr·wd), as AdamW's decay does; with wd added to the gradient
            // instead, Adam would have moved it by a whole learning rate
            boolean[] seen = new boolean[vocabulary];
            for (int[] row : batches.read(humeur.lm.data.StreamPosition.startOf(0)).input()) {
                for (int id : row) {
                    seen[id] = true;
                }
            }
            int unseen = 0;
            while (seen[unseen]) {
                unseen++;
            }
            float[] w1 = weight.getArray().toFloatArray();
            float shrink = 1 - 0.01f / 2.6f * 0.1f;
            for (int r = 0; r < 8; r++) {
                int i = r * vocabulary + unseen;
                assertEquals(w0[i] * shrink, w1[i], 1e-7f, "row " + r + " of unseen token " + unseen);
            }
        }
    }
}
