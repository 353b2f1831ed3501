package humeur.classifier.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * fastai's masked concat pooling: for each row, [the output at its last real token, the max over its real tokens,
 * the mean over its real tokens], 3 · features wide. Padding is masked out of all three (a large negative for the
 * max, out of the sum and the count for the mean), so padding never changes a document's features.
 */
public final class ConcatPooling {
    private static final float MASKED = -1e30f;

    private ConcatPooling() {
    }

    /**
     * Pools {@code outputs} (batch, time, features), whose time axis starts at batch position {@code offset}; a row's
     * real tokens are {@code starts[r] .. starts[r] + lengths[r]}, of which the last {@code maxLength} are pooled.
     */
    public static NDArray pool(NDArray outputs, int offset, int[] lengths, int[] starts, int maxLength) {
        NDManager manager = outputs.getManager();
        int rows = lengths.length;
        int time = (int) outputs.getShape().get(1);
        float[] mask = new float[rows * time];
        float[] last = new float[rows * time];
        for (int r = 0; r < rows; r++) {
            int end = starts[r] + lengths[r];
            int begin = Math.max(starts[r], end - maxLength);
            for (int p = Math.max(begin, offset); p < end; p++) {
                mask[r * time + p - offset] = 1;
            }
            last[r * time + end - 1 - offset] = 1;
        }
        NDArray keep = manager.create(mask, new Shape(rows, time, 1));
        NDArray lastOne = manager.create(last, new Shape(rows, time, 1));
        NDArray count = keep.sum(new int[] {1});
        NDArray mean = outputs.mul(keep).sum(new int[] {1}).div(count);
        NDArray max = outputs.add(keep.sub(1).mul(-MASKED)).max(new int[] {1});
        NDArray lastState = outputs.mul(lastOne).sum(new int[] {1});
        return NDArrays.concat(new NDList(lastState, max, mean), 1);
    }
}
