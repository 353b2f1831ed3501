package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * The QRNN's fo-pooling, {@code c_t = f_t·c_{t−1} + (1 − f_t)·z_t}, written with ordinary NDArray operations so it
 * runs (and differentiates) on any engine and device without a custom kernel: the cause of the original QRNN failing
 * to build on people's machines.
 *
 * <p>Convention: {@code f} is the fraction of the previous cell KEPT (f → 1 remembers, f → 0 overwrites with z).
 * fastai's and Salesforce's QRNN code write the same recurrence with f and 1 − f swapped; the two are equivalent
 * up to the sign of the forget gate's pre-activation, so weights do not transfer between the conventions as they are.
 *
 * <p>{@link #pool} walks the sequence in chunks: inside a chunk every cell is a decayed sum of the chunk's inputs and
 * its starting cell, {@code c_t = Σ_{s≤t} exp(L_t − L_s)·(1 − f_s)·z_s + exp(L_t)·c_start} with {@code L} the
 * cumulative sum of {@code log f}, so a few wide operations replace a Java step per token (djl-notes measured this
 * cumulative-sum form fastest); chunks stay short so the exponent differences stay accurate in float32.
 */
public final class FoPooling {
    /**
     * Steps per chunk: the decay matrix costs chunk² per feature, the loop one set of operations per chunk. At batch
     * 64 × bptt 70, forward + backward on one thread: 4 ran as fast as the step loop at hidden 256 and about 30 %
     * faster at 1152 (283 vs 405 ms); 8 and 16 were slower (single runs on a shared 2-core machine: indicative).
     */
    static final int CHUNK = 4;
    /**
     * log f is clamped here: a sigmoid that underflowed to 0 must not give log 0. The clamp stops the gradient to
     * such an f, where the sigmoid's own derivative f·(1 − f) is 0 anyway.
     */
    private static final float MIN_F = 1e-30f;

    private FoPooling() {
    }

    /**
     * Pools {@code z} and {@code f}, both (batch, time, hidden), from the cell {@code c0} (batch, hidden); returns
     * the cell at every step (batch, time, hidden) and the last cell (batch, hidden).
     */
    public static NDList pool(NDArray z, NDArray f, NDArray c0) {
        NDArray input = f.neg().add(1f).mul(z);
        NDArray logF = f.maximum(MIN_F).log();
        long steps = z.getShape().get(1);
        // the chunks as one split rather than a slice each: the backward of a slice writes a zero gradient the size of
        // the whole sequence and copies the chunk's into it (at hidden 1550, 28 MB per slice, 36 slices per layer),
        // the backward of a split concatenates the chunks' gradients once; the values are the same
        NDList logFChunks = chunks(logF, steps);
        NDList inputChunks = chunks(input, steps);
        NDList chunks = new NDList();
        NDArray c = c0;
        for (int k = 0; k < logFChunks.size(); k++) {
            long length = logFChunks.get(k).getShape().get(1);
            NDArray cumulative = logFChunks.get(k).cumSum(1); // (batch, L, hidden)
            // decay[b, t, s, h] = exp(L_t − L_s) for s ≤ t; above the diagonal a large negative makes it exactly 0
            NDArray exponent = cumulative.expandDims(2).sub(cumulative.expandDims(1))
                    .add(upperMask(z.getManager(), length));
            NDArray cells = exponent.exp().mul(inputChunks.get(k).expandDims(1)).sum(new int[] {2})
                    .add(cumulative.exp().mul(c.expandDims(1)));
            chunks.add(cells);
            c = cells.get(":, -1, :");
        }
        return new NDList(chunks.size() == 1 ? chunks.head() : NDArrays.concat(chunks, 1), c);
    }

    /** {@code x} (batch, steps, hidden) cut along time into chunks of {@link #CHUNK} steps, the last one shorter. */
    private static NDList chunks(NDArray x, long steps) {
        if (steps <= CHUNK) {
            return new NDList(x);
        }
        long[] starts = new long[(int) ((steps - 1) / CHUNK)];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = (long) CHUNK * (i + 1);
        }
        return x.split(starts, 1);
    }

    /** (L, L, 1): 0 where s ≤ t, −1e9 where s > t. */
    private static NDArray upperMask(NDManager manager, long length) {
        float[] mask = new float[(int) (length * length)];
        for (int t = 0; t < length; t++) {
            for (int s = t + 1; s < length; s++) {
                mask[(int) (t * length + s)] = -1e9f;
            }
        }
        return manager.create(mask, new Shape(length, length, 1));
    }

    /** The same recurrence one step at a time: the plain reference {@link #pool} is tested against. */
    static NDList poolStepByStep(NDArray z, NDArray f, NDArray c0) {
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
