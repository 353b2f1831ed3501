package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Dropout masks that keep each entry with probability 1 − p and scale what they keep by 1 / (1 − p). */
final class Masks {
    private Masks() {
    }

    /** A fresh mask of this shape; callers skip the call when p is 0 so eval and p = 0 cost nothing. */
    static NDArray keep(NDManager manager, Shape shape, float p) {
        return manager.randomUniform(0f, 1f, shape).gte(p).toType(DataType.FLOAT32, false).div(1f - p);
    }
}
