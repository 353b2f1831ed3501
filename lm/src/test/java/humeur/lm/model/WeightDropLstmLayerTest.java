package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightDropLstmLayerTest {

    @Test
    void theFusedCallMatchesAHandWrittenLstm() {
        int t = 3;
        int in = 2;
        int hidden = 3;
        try (NDManager manager = NDManager.newBaseManager()) {
            WeightDropLstmLayer layer = new WeightDropLstmLayer(in, hidden, 0.5f);
            layer.initialize(manager, DataType.FLOAT32, new Shape(1, t, in));
            NDArray x = manager.randomNormal(new Shape(1, t, in));
            NDList state = layer.zeroState(manager, 1);
            NDList out = layer.forward(new ParameterStore(manager, false),
                    new NDList(x, state.get(0), state.get(1)), false);

            NDArray wIh = layer.getParameters().get("w_ih").getArray();
            NDArray wHh = layer.hiddenToHidden().getArray();
            NDArray bias = layer.getParameters().get("b_ih").getArray().add(layer.getParameters().get("b_hh").getArray());
            NDArray h = manager.zeros(new Shape(1, hidden));
            NDArray c = manager.zeros(new Shape(1, hidden));
            for (int s = 0; s < t; s++) {
                NDArray gates = x.get(":, {}, :", s).matMul(wIh.transpose()).add(h.matMul(wHh.transpose())).add(bias);
                NDList ifgo = gates.split(4, 1); // PyTorch's gate order: input, forget, cell, output
                NDArray i = ifgo.get(0).getNDArrayInternal().sigmoid();
                NDArray f = ifgo.get(1).getNDArrayInternal().sigmoid();
                NDArray g = ifgo.get(2).tanh();
                NDArray o = ifgo.get(3).getNDArrayInternal().sigmoid();
                c = f.mul(c).add(i.mul(g));
                h = o.mul(c.tanh());
                assertArrayEquals(h.toFloatArray(), out.get(0).get(":, {}, :", s).toFloatArray(), 1e-6f);
            }
            assertArrayEquals(c.toFloatArray(), out.get(2).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void weightDropZeroesAboutPOfTheHiddenToHiddenGradientsWithANewMaskEachBatch() {
        int hidden = 64;
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            WeightDropLstmLayer layer = new WeightDropLstmLayer(16, hidden, 0.5f);
            layer.initialize(manager, DataType.FLOAT32, new Shape(4, 6, 16));
            boolean[][] zeros = new boolean[2][];
            for (int batch = 0; batch < 2; batch++) {
                NDArray x = manager.randomNormal(new Shape(4, 6, 16));
                NDList state = layer.zeroState(manager, 4);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDList out = layer.forward(new ParameterStore(manager, false),
                            new NDList(x, state.get(0), state.get(1)), true);
                    collector.backward(out.head().sum());
                }
                NDArray gradient = layer.hiddenToHidden().getArray().getGradient();
                zeros[batch] = gradient.eq(0).toBooleanArray();
                long zeroCount = gradient.eq(0).sum().getLong();
                double fraction = zeroCount / (double) gradient.size();
                assertTrue(Math.abs(fraction - 0.5) < 0.03, "zeroed fraction " + fraction);
                gradient.subi(gradient); // the PyTorch collector accumulates; start the next batch from zero
            }
            assertFalse(java.util.Arrays.equals(zeros[0], zeros[1]), "a new mask each batch");
        }
    }

    @Test
    void evaluationUsesTheWholeMatrix() {
        try (NDManager manager = NDManager.newBaseManager()) {
            WeightDropLstmLayer layer = new WeightDropLstmLayer(4, 8, 0.5f);
            layer.initialize(manager, DataType.FLOAT32, new Shape(2, 3, 4));
            NDArray x = manager.randomNormal(new Shape(2, 3, 4));
            NDList state = layer.zeroState(manager, 2);
            NDList input = new NDList(x, state.get(0), state.get(1));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray a = layer.forward(store, input, false).head();
            NDArray b = layer.forward(store, input, false).head();
            assertEquals(0f, TinyModels.maxAbsDifference(a, b));
        }
    }
}
