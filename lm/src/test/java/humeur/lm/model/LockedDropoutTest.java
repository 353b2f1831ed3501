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
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockedDropoutTest {

    @Test
    void oneMaskPerSequenceSharedAcrossTime() {
        try (NDManager manager = NDManager.newBaseManager()) {
            LockedDropout dropout = new LockedDropout(0.5f);
            dropout.initialize(manager, DataType.FLOAT32, new Shape(3, 7, 40));
            NDArray ones = manager.ones(new Shape(3, 7, 40));
            NDArray out = dropout.forward(new ParameterStore(manager, false), new NDList(ones), true).head();
            NDArray first = out.get(":, 0:1, :");
            for (int t = 1; t < 7; t++) {
                assertArrayEquals(first.toFloatArray(), out.get(":, {}:{}, :", t, t + 1).toFloatArray());
            }
            assertTrue(out.eq(0).logicalOr(out.eq(2)).all().getBoolean(), "entries are 0 or 1 / (1 - p)");
            double dropped = first.eq(0).sum().getLong() / 120.0;
            assertTrue(Math.abs(dropped - 0.5) < 0.15, "dropped " + dropped);
            assertTrue(TinyModels.maxAbsDifference(first.get("0"), first.get("1")) > 0, "each sequence its own mask");
            NDArray eval = dropout.forward(new ParameterStore(manager, false), new NDList(ones), false).head();
            assertEquals(0f, TinyModels.maxAbsDifference(ones, eval));
        }
    }
}
