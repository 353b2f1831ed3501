package humeur.classifier.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Cross-entropy of class logits (batch, classes) against class indices (batch), with optional label smoothing
 * (fastai's {@code LabelSmoothingCrossEntropy}, MultiFiT's 0.1): {@code (1 − ε)·nll + ε·mean over classes of −log p}.
 */
public final class ClassifierLoss extends Loss {
    private final float smoothing;

    /** Plain cross-entropy when {@code smoothing} is 0. */
    public ClassifierLoss(float smoothing) {
        super("ClassifierLoss");
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("label smoothing lies in [0, 1): " + smoothing);
        }
        this.smoothing = smoothing;
    }

    /** The label smoothing ε. */
    public float smoothing() {
        return smoothing;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logp = predictions.head().logSoftmax(-1);
        NDArray index = labels.head().toType(DataType.INT64, false).expandDims(-1);
        NDArray nll = logp.gather(index, -1).squeeze(-1).neg();
        if (smoothing == 0) {
            return nll.mean();
        }
        NDArray uniform = logp.mean(new int[] {-1}).neg();
        return nll.mul(1 - smoothing).add(uniform.mul(smoothing)).mean();
    }
}
