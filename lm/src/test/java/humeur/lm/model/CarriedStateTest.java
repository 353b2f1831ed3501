package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The carried state leaves a model as arrays a checkpoint can write, and continues the streams in another model. */
class CarriedStateTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aCopiedStateContinuesEveryBatchSizesStreamsExactly(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LmConfig config = TinyModels.config(architecture, 30, Dropouts.none());
            LanguageModel original = TinyModels.model(manager, config);
            LanguageModel copy = TinyModels.model(manager, config); // the same seed: the same weights
            assertTrue(original.carriedState().isEmpty(), "nothing is carried before the first batch");
            for (int call = 0; call < 2; call++) {
                TinyModels.forward(original, manager, TinyModels.ids(manager, 2, 5, 30, call), false);
                TinyModels.forward(original, manager, TinyModels.ids(manager, 3, 4, 30, 10 + call), false);
            }
            NDList saved = new NDList();
            for (NDArray array : original.carriedState()) {
                saved.add(manager.decode(array.encode())); // through bytes, as a checkpoint stores it
            }
            copy.carryState(saved);
            for (int batch : new int[] {2, 3}) {
                NDArray ids = TinyModels.ids(manager, batch, 6, 30, 100 + batch);
                float[] expected = TinyModels.forward(original, manager, ids, false).head().toFloatArray();
                float[] actual = TinyModels.forward(copy, manager, ids, false).head().toFloatArray();
                assertArrayEquals(expected, actual, "batch size " + batch);
            }
            copy.carryState(new NDList());
            assertTrue(copy.carriedState().isEmpty(), "an empty state resets the model");
        }
    }
}
