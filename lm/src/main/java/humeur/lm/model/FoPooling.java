package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * The QRNN's fo-pooling, {@code c_t = f_t·c_{t−1} + (1 − f_t)·z_t}, written with ordinary NDArray operations so it
 * runs (and differentiates) on any engine and device without a custom kernel: the cause of the original QRNN failing
 * to build on people's machines.
 *
 * <p>Convention: {@code f} is the fraction of the previous cell KEPT (f → 1 remembers, f → 0 overwrites with z).
 * fastai's and Salesforce's QRNN code write the same recurrence with f and 1 − f swapped; the two are equivalent
 * up to the sign of the forget gate's pre-activation, so weights do not transfer between the conventions as they are.
 */
public final class FoPooling {
    private FoPooling() {
    }

    /**
     * Pools {@code z} and {@code f}, both (batch, time, hidden), from the cell {@code c0} (batch, hidden); returns
     * the cell at every step (batch, time, hidden) and the last cell (batch, hidden).
     */
    public static NDList pool(NDArray z, NDArray f, NDArray c0) {
        // the input term does not depend on the recurrence: compute it for all steps at once, loop only over f·c
        NDArray input = f.neg().add(1f).mul(z);
        long steps = z.getShape().get(1);
        NDList cells = new NDList((int) steps);
        NDArray c = c0;
        for (long t = 0; t < steps; t++) {
            NDIndex step = new NDIndex(":, {}", t);
            c = f.get(step).mul(c).add(input.get(step));
            cells.add(c);
        }
        return new NDList(NDArrays.stack(cells, 1), c);
    }
}
