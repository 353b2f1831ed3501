package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** fo-pooling against a plain Java loop in doubles, forward and hand-derived backward. */
class FoPoolingTest {
    private static final int B = 2;
    private static final int T = 19;
    private static final int H = 3;

    @Test
    void valuesAndGradientsMatchAStepByStepReference() {
        Random random = new Random(11);
        double[] z = uniform(random, B * T * H, -1, 1);
        double[] f = uniform(random, B * T * H, 0, 1);
        double[] c0 = uniform(random, B * H, -1, 1);
        double[] weights = uniform(random, B * T * H, -1, 1); // loss = Σ weights · c, so dLoss/dc = weights

        double[] cells = new double[B * T * H];
        double[] dz = new double[z.length];
        double[] df = new double[f.length];
        double[] dc0 = new double[c0.length];
        for (int b = 0; b < B; b++) {
            for (int h = 0; h < H; h++) {
                double c = c0[b * H + h];
                for (int t = 0; t < T; t++) {
                    int i = (b * T + t) * H + h;
                    c = f[i] * c + (1 - f[i]) * z[i];
                    cells[i] = c;
                }
                double carried = 0; // dLoss/dc_t from later steps
                for (int t = T - 1; t >= 0; t--) {
                    int i = (b * T + t) * H + h;
                    double grad = weights[i] + carried;
                    double previous = t == 0 ? c0[b * H + h] : cells[i - H];
                    dz[i] = grad * (1 - f[i]);
                    df[i] = grad * (previous - z[i]);
                    carried = grad * f[i];
                }
                dc0[b * H + h] = carried;
            }
        }

        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray zs = array(manager, z, new Shape(B, T, H));
            NDArray fs = array(manager, f, new Shape(B, T, H));
            NDArray cs = array(manager, c0, new Shape(B, H));
            NDList pooled;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                pooled = FoPooling.pool(zs, fs, cs);
                collector.backward(pooled.get(0).mul(array(manager, weights, new Shape(B, T, H))).sum());
            }
            assertArrayEquals(cells, doubles(pooled.get(0)), 2e-5);
            assertArrayEquals(last(cells), doubles(pooled.get(1)), 2e-5);
            assertArrayEquals(dz, doubles(zs.getGradient()), 2e-5);
            assertArrayEquals(df, doubles(fs.getGradient()), 2e-5);
            assertArrayEquals(dc0, doubles(cs.getGradient()), 2e-5);
        }
    }

    @Test
    void gatesAtTheirExtremesGiveExactCells() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // f exactly 1 keeps c0 unchanged, f exactly 0 replaces it with z
            NDArray z = manager.create(new float[] {0.5f, -0.25f, 0.75f}, new Shape(1, 3, 1));
            NDArray c0 = manager.create(new float[] {2f}, new Shape(1, 1));
            assertArrayEquals(new float[] {2f, 2f, 2f}, FoPooling.pool(z, manager.ones(new Shape(1, 3, 1)), c0).get(0).toFloatArray());
            assertArrayEquals(new float[] {0.5f, -0.25f, 0.75f},
                    FoPooling.pool(z, manager.zeros(new Shape(1, 3, 1)), c0).get(0).toFloatArray());
        }
    }

    @Test
    void oneStepGivesOneCell() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray z = manager.create(new float[] {1f, 3f}, new Shape(1, 1, 2));
            NDArray f = manager.create(new float[] {0.5f, 0.25f}, new Shape(1, 1, 2));
            NDList pooled = FoPooling.pool(z, f, manager.zeros(new Shape(1, 2)));
            assertEquals(new Shape(1, 1, 2), pooled.get(0).getShape());
            assertEquals(new Shape(1, 2), pooled.get(1).getShape());
            assertArrayEquals(new float[] {0.5f, 2.25f}, pooled.get(1).toFloatArray());
        }
    }

    private static double[] last(double[] cells) {
        double[] last = new double[B * H];
        for (int b = 0; b < B; b++) {
            System.arraycopy(cells, (b * T + T - 1) * H, last, b * H, H);
        }
        return last;
    }

    private static NDArray array(NDManager manager, double[] values, Shape shape) {
        NDArray array = manager.create(values, shape).toType(DataType.FLOAT32, false);
        array.setRequiresGradient(true);
        return array;
    }

    private static double[] doubles(NDArray array) {
        float[] values = array.toFloatArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static double[] uniform(Random random, int n, double low, double high) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = low + (high - low) * random.nextDouble();
        }
        return values;
    }
}
