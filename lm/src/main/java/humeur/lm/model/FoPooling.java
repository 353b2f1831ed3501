package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * The QRNN's fo-pooling, {@code c_t = f_t·c_{t−1} + (1 − f_t)·z_t}, written with ordinary NDArray operations so it
 * runs (and differentiates) on any engine and device without a custom kernel: the cause of the original QRNN failing
 * to build on people's machines.
 *
 * <p>Convention: {@code f} is the fraction of the previous cell KEPT (f → 1 remembers, f → 0 overwrites with z).
 * fastai's and Salesforce's QRNN code write the same recurrence with f and 1 − f swapped; the two are equivalent
 * up to the sign of the forget gate's pre-activation, so weights do not transfer between the conventions as they are.
 *
 * <p>One multiply-add per step over views of the whole sequence cut by a single split. A step loop is cheap in
 * memory traffic (each step touches one (batch, hidden) slice); what made it slow before was cutting the steps with
 * one slice each, whose backward writes a zero gradient the size of the whole sequence per step. With the split,
 * forward + backward at batch 64 × bptt 70 takes 4-5 times less than the earlier chunked cumulative-sum form
 * (hidden 1550: about 95 against 450 ms on one thread of a busy machine); the whole MultiFiT model trained 7 % faster
 * without the launcher's memory setting and no faster with it (BENCHMARKS.md, language models).
 */
public final class FoPooling {
    private FoPooling() {
    }

    /**
     * Pools {@code z} and {@code f}, both (batch, time, hidden), from the cell {@code c0} (batch, hidden); returns
     * the cell at every step (batch, time, hidden) and the last cell (batch, hidden).
     */
    public static NDList pool(NDArray z, NDArray f, NDArray c0) {
        NDArray input = f.neg().add(1f).mul(z);
        long steps = z.getShape().get(1);
        NDList forget = f.split(steps, 1);
        NDList inputs = input.split(steps, 1);
        NDList cells = new NDList((int) steps);
        NDArray c = c0.expandDims(1);
        for (int t = 0; t < steps; t++) {
            c = forget.get(t).mul(c).add(inputs.get(t));
            cells.add(c);
        }
        return new NDList(steps == 1 ? c : NDArrays.concat(cells, 1), c.squeeze(1));
    }
}
