package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingDropoutTest {

    @Test
    void dropsWholeRowsAndScalesTheKeptOnes() {
        int vocabulary = 200;
        int width = 6;
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(5);
            EmbeddingDropout embedding = new EmbeddingDropout(vocabulary, width, 1, 0.5f);
            embedding.initialize(manager, DataType.FLOAT32, new Shape(1, vocabulary));
            // every token once, and token 10 a second time: a dropped word is dropped wherever it occurs
            int[] ids = new int[vocabulary + 1];
            for (int i = 0; i < vocabulary; i++) {
                ids[i] = i;
            }
            ids[vocabulary] = 10;
            NDArray out = embedding.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(ids, new Shape(1, ids.length))), true).head();
            float[] matrix = embedding.weight().getArray().toFloatArray();
            float[] rows = out.toFloatArray();
            int dropped = 0;
            for (int token = 0; token < vocabulary; token++) {
                float[] row = java.util.Arrays.copyOfRange(rows, token * width, (token + 1) * width);
                boolean allZero = true;
                for (float v : row) {
                    allZero &= v == 0f; // -0.0 counts: the mask multiplies negative entries by 0
                }
                if (allZero) {
                    dropped++;
                } else {
                    float[] doubled = new float[width];
                    for (int c = 0; c < width; c++) {
                        doubled[c] = matrix[token * width + c] * 2;
                    }
                    assertArrayEquals(doubled, row, 1e-6f, "kept rows are scaled by 1 / (1 - p)");
                }
            }
            assertTrue(Math.abs(dropped / (double) vocabulary - 0.5) < 0.12, "dropped " + dropped);
            assertArrayEquals(java.util.Arrays.copyOfRange(rows, 10 * width, 11 * width),
                    java.util.Arrays.copyOfRange(rows, vocabulary * width, (vocabulary + 1) * width));
        }
    }

    @Test
    void outsideTrainingItIsALookupWithThePaddingRowAtZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            EmbeddingDropout embedding = new EmbeddingDropout(20, 4, 1, 0.5f);
            embedding.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            NDArray out = embedding.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(new int[] {3, 1, 7}, new Shape(1, 3))), false).head();
            NDArray matrix = embedding.weight().getArray();
            assertArrayEquals(matrix.get(3).toFloatArray(), out.get("0, 0").toFloatArray());
            assertArrayEquals(new float[4], out.get("0, 1").toFloatArray(), 0f);
            assertArrayEquals(matrix.get(7).toFloatArray(), out.get("0, 2").toFloatArray());
            assertTrue(matrix.abs().max().getFloat() <= 0.1f, "initialised uniform in ±0.1");
            assertEquals(new Shape(1, 3, 4), out.getShape());
        }
    }
}
