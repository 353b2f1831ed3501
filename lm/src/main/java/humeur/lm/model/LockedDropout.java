package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Variational ("locked") dropout on (batch, time, features): one mask of shape (batch, 1, features) shared by every
 * time step, so a recurrent layer sees the same features missing all along a sequence rather than noise that
 * changes each step. Identity outside training.
 */
public final class LockedDropout extends AbstractBlock {
    private static final byte VERSION = 1;
    private final float p;

    /** Drops features with probability {@code p}. */
    public LockedDropout(float p) {
        super(VERSION);
        this.p = p;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.head();
        if (!training || p == 0) {
            return new NDList(x);
        }
        Shape shape = x.getShape();
        NDArray mask = Masks.keep(x.getManager(), new Shape(shape.get(0), 1, shape.get(2)), p);
        return new NDList(x.mul(mask));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
