package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidationTest {
    @TempDir
    Path dir;

    @Test
    void scoresFromTotals() {
        // 3 tokens costing 6 ln 2 nats in all, one ranked first, in a text of 12 characters
        ValidationResult r = ValidationResult.of(6 * Math.log(2), 3, 1, 12);
        assertEquals(2 * Math.log(2), r.loss(), 1e-12);
        assertEquals(4, r.perplexity(), 1e-12);
        assertEquals(1.0 / 3, r.accuracy(), 1e-12);
        assertEquals(0.5, r.bitsPerCharacter(), 1e-12); // 6 bits over 12 characters
    }

    @Test
    void crossEntropyOfHandWrittenLogits() {
        try (NDManager m = NDManager.newBaseManager()) {
            // logits (0, ln 3): p = 1/4, 3/4
            var logits = m.create(new float[]{0, (float) Math.log(3), 0, (float) Math.log(3)}, new Shape(1, 2, 2));
            var targets = m.create(new int[]{0, 1}, new Shape(1, 2));
            float[] nats = LanguageModelLoss.crossEntropy(logits, targets).toFloatArray();
            assertEquals(Math.log(4), nats[0], 1e-6);
            assertEquals(Math.log(4.0 / 3), nats[1], 1e-6);
        }
    }

    @Test
    void aModelThatKnowsNothingScoresTheUniformDistribution() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 200, 50);
        LanguageModelBatches valid = LanguageModelBatches.over(corpus.validation(), LanguageModelBatches.Options.of(2, 8));
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            for (Parameter p : model.block().getParameters().values()) {
                p.getArray().muli(0); // all logits 0
            }
            ValidationResult r = Validation.evaluate(model, m, valid, corpus.validationCharacters());
            int v = corpus.vocabularySize();
            long tokens = 2 * valid.rowLength();
            assertEquals(tokens, r.tokens());
            assertEquals(Math.log(v), r.loss(), 1e-5);
            assertEquals(v, r.perplexity(), 1e-3);
            assertEquals(tokens * Math.log(v) / Math.log(2) / corpus.validationCharacters(), r.bitsPerCharacter(), 1e-5);
        }
    }
}
