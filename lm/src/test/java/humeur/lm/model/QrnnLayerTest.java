package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QrnnLayerTest {

    @Test
    void windowTwoMatchesAPlainLoopOverGatesFromTheCurrentAndPreviousInput() {
        int b = 1;
        int t = 4;
        int in = 2;
        int hidden = 3;
        try (NDManager manager = NDManager.newBaseManager()) {
            QrnnLayer layer = new QrnnLayer(in, hidden, 2, 0f);
            layer.initialize(manager, DataType.FLOAT32, new Shape(b, t, in));
            NDArray x = manager.randomNormal(new Shape(b, t, in));
            NDArray previous = manager.randomNormal(new Shape(b, 1, in));
            NDArray c0 = manager.randomNormal(new Shape(b, hidden));
            NDList out = layer.forward(new ParameterStore(manager, false), new NDList(x, c0, previous), false);

            float[] w = layer.gateWeight().getArray().toFloatArray(); // (3H, 2·in): [previous, current]
            float[] bias = layer.getParameters().get("bias").getArray().toFloatArray();
            float[] xs = x.toFloatArray();
            float[] prev = previous.toFloatArray();
            float[] c = c0.toFloatArray();
            float[] expected = new float[t * hidden];
            for (int s = 0; s < t; s++) {
                float[] window = new float[2 * in];
                for (int k = 0; k < in; k++) {
                    window[k] = s == 0 ? prev[k] : xs[(s - 1) * in + k];
                    window[in + k] = xs[s * in + k];
                }
                for (int h = 0; h < hidden; h++) {
                    double z = Math.tanh(dot(w, h, window) + bias[h]);
                    double f = sigmoid(dot(w, hidden + h, window) + bias[hidden + h]);
                    double o = sigmoid(dot(w, 2 * hidden + h, window) + bias[2 * hidden + h]);
                    c[h] = (float) (f * c[h] + (1 - f) * z);
                    expected[s * hidden + h] = (float) (o * c[h]);
                }
            }
            assertArrayEquals(expected, out.get(0).toFloatArray(), 1e-5f);
            assertArrayEquals(c, out.get(1).toFloatArray(), 1e-5f);
            assertArrayEquals(x.get(":, 3:, :").toFloatArray(), out.get(2).toFloatArray(), "carries its last input");
            assertEquals(new Shape(b, 1, in), out.get(2).getShape());
        }
    }

    private static double dot(float[] w, int row, float[] v) {
        double sum = 0;
        for (int k = 0; k < v.length; k++) {
            sum += w[row * v.length + k] * v[k];
        }
        return sum;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
