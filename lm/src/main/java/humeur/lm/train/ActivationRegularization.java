package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * AWD-LSTM's AR and TAR: {@code alpha · mean(dropped²) + beta · mean((raw[t] − raw[t−1])²)} over the last layer's
 * output, where the model returns {@code NDList(logits, raw, dropped)} with outputs shaped (batch, seq, features).
 * AR keeps activations small; TAR keeps them from jumping between time steps.
 */
public final class ActivationRegularization implements LossTerm {
    private final float alpha;
    private final float beta;

    /** With the given weights (ULMFiT: alpha 2, beta 1). */
    public ActivationRegularization(float alpha, float beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    /** fastai's defaults, alpha 2 and beta 1. */
    public static ActivationRegularization ulmfit() {
        return new ActivationRegularization(2, 1);
    }

    @Override
    public NDArray evaluate(NDList predictions) {
        if (predictions.size() < 3) {
            throw new IllegalArgumentException("AR/TAR needs NDList(logits, raw output, dropped output); the model returned "
                    + predictions.size() + " arrays");
        }
        NDArray raw = predictions.get(1);
        NDArray dropped = predictions.get(2);
        NDArray ar = dropped.square().mean().mul(alpha);
        if (raw.getShape().get(1) < 2) {
            return ar; // a one-step window has no temporal difference
        }
        NDArray diff = raw.get(new NDIndex(":, 1:")).sub(raw.get(new NDIndex(":, :-1")));
        return ar.add(diff.square().mean().mul(beta));
    }
}
