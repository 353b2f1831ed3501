package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Scales all gradients down together when their global L2 norm exceeds a bound (PyTorch's {@code clip_grad_norm_}),
 * which keeps the direction of the update; ULMFiT language models clip at 0.1 to 0.4.
 */
public final class GradientClipping implements TrainingCallback {
    private final float maxNorm;
    private float lastNorm = Float.NaN;

    /** Clips at {@code maxNorm}. */
    public GradientClipping(float maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("the clipping norm must be positive, not " + maxNorm);
        }
        this.maxNorm = maxNorm;
    }

    /** The global norm of the last batch's gradients, before clipping. */
    public float lastNorm() {
        return lastNorm;
    }

    @Override
    public void beforeStep(LoopState state) {
        lastNorm = clip(state.model().layerGroups().stream().flatMap(List::stream).toList(), maxNorm);
    }

    /**
     * Clips the gradients of the parameters that require them to a global norm of at most {@code maxNorm}, in place;
     * returns their norm before clipping.
     */
    public static float clip(List<Parameter> parameters, float maxNorm) {
        List<NDArray> gradients = new ArrayList<>();
        double squares = 0;
        for (Parameter p : parameters) {
            if (p.requiresGradient()) {
                NDArray g = p.getArray().getGradient();
                gradients.add(g);
                squares += g.square().sum().toType(ai.djl.ndarray.types.DataType.FLOAT64, false).getDouble();
            }
        }
        float norm = (float) Math.sqrt(squares);
        if (norm > maxNorm) {
            float factor = maxNorm / (norm + 1e-6f);
            gradients.forEach(g -> g.muli(factor));
        }
        return norm;
    }
}
