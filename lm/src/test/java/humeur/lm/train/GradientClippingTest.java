package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientClippingTest {
    @TempDir
    Path dir;

    private static double norm(List<Parameter> parameters) {
        double squares = 0;
        for (Parameter p : parameters) {
            for (float g : p.getArray().getGradient().toFloatArray()) {
                squares += (double) g * g;
            }
        }
        return Math.sqrt(squares);
    }

    @Test
    void boundsTheGlobalNormOfRealGradients() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 100, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 8));
        List<double[]> norms = new ArrayList<>(); // before, reported, after
        GradientClipping clipping = new GradientClipping(0.01f);
        TrainingCallback measure = new TrainingCallback() {
            private double before;

            @Override
            public void beforeStep(LoopState state) {
                if (norms.size() == 0 && before == 0) {
                    before = norm(state.model().layerGroups().stream().flatMap(List::stream).toList());
                } else if (norms.isEmpty()) {
                    norms.add(new double[]{before, clipping.lastNorm(),
                            norm(state.model().layerGroups().stream().flatMap(List::stream).toList())});
                    state.requestStop("measured");
                }
            }
        };
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, adam, LanguageModelLoss.crossEntropyOnly(), 8, 1,
                    List.of(measure, clipping, measure))) {
                trainer.fit(batches, 1);
            }
        }
        double[] n = norms.get(0);
        assertTrue(n[0] > 0.01, "the gradients needed clipping: " + n[0]);
        assertEquals(n[0], n[1], 1e-4 * n[0]);
        assertEquals(0.01, n[2], 1e-5);
    }
}
