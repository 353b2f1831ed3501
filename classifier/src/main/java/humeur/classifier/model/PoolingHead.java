package humeur.classifier.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;

import java.util.List;

/**
 * fastai's classifier head over pooled features: BatchNorm → Dropout(p) → Linear(features → hidden, no bias) → ReLU →
 * BatchNorm → Dropout(0.1) → Linear(hidden → classes, no bias). The linear layers have no bias because a BatchNorm
 * with its shift comes before each (fastai's {@code LinBnDrop}). Input (batch, features), output logits (batch, classes).
 *
 * <p>BatchNorm's momentum follows MXNet's convention in DJL: 0.9 here is torch's 0.1 (djl-notes, trap 4). A training
 * batch of one row cannot be normalised by its own statistics; it uses the running ones.
 */
public final class PoolingHead extends AbstractBlock {
    private static final byte VERSION = 1;
    /** fastai's dropout before the last linear layer, not scaled by drop_mult. */
    static final float LAST_DROPOUT = 0.1f;

    private final BatchNorm norm1;
    private final Dropout dropout1;
    private final Linear linear1;
    private final BatchNorm norm2;
    private final Dropout dropout2;
    private final Linear linear2;

    /** A head from pooled features to {@code classes} logits through {@code hidden} units; {@code p} before the first linear. */
    public PoolingHead(int hidden, int classes, float p) {
        super(VERSION);
        norm1 = addChildBlock("norm1", BatchNorm.builder().optMomentum(0.9f).optEpsilon(1e-5f).build());
        dropout1 = addChildBlock("dropout1", Dropout.builder().optRate(p).build());
        linear1 = addChildBlock("linear1", Linear.builder().setUnits(hidden).optBias(false).build());
        norm2 = addChildBlock("norm2", BatchNorm.builder().optMomentum(0.9f).optEpsilon(1e-5f).build());
        dropout2 = addChildBlock("dropout2", Dropout.builder().optRate(LAST_DROPOUT).build());
        linear2 = addChildBlock("linear2", Linear.builder().setUnits(classes).optBias(false).build());
        // DJL has no default for weights outside a Trainer (djl-notes, trap 5)
        setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
    }

    /** The trainable parameters: scales, shifts and weights, not the running statistics (which have no gradient). */
    public List<Parameter> trainableParameters() {
        return getParameters().values().stream().filter(Parameter::requiresGradient).toList();
    }

    /**
     * Sets both BatchNorms' running statistics to the exact mean and variance of {@code features} (pooled features of
     * many documents, evaluation mode): "precise BatchNorm". The running averages gathered during training lag behind
     * an encoder that is still changing and come from length-sorted batches, whose statistics differ from batch to
     * batch; evaluation then normalises with statistics no batch had.
     */
    public void recalibrate(ParameterStore store, NDArray features) {
        setStatistics(norm1, features);
        NDArray x = norm1.forward(store, new NDList(features), false).head();
        x = linear1.forward(store, new NDList(x), false).head().getNDArrayInternal().relu();
        setStatistics(norm2, x);
    }

    private static void setStatistics(BatchNorm norm, NDArray x) {
        NDArray mean = x.mean(new int[] {0});
        NDArray variance = x.sub(mean).square().mean(new int[] {0});
        for (var p : norm.getParameters()) {
            if (p.getValue().getType() == Parameter.Type.RUNNING_MEAN) {
                p.getValue().getArray().set(mean.toFloatArray());
            } else if (p.getValue().getType() == Parameter.Type.RUNNING_VAR) {
                p.getValue().getArray().set(variance.toFloatArray());
            }
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.head();
        boolean normTraining = training && x.getShape().get(0) > 1;
        x = norm1.forward(store, new NDList(x), normTraining).head();
        x = dropout1.forward(store, new NDList(x), training).head();
        x = linear1.forward(store, new NDList(x), training).head().getNDArrayInternal().relu();
        x = norm2.forward(store, new NDList(x), normTraining).head();
        x = dropout2.forward(store, new NDList(x), training).head();
        return linear2.forward(store, new NDList(x), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        norm1.initialize(manager, dataType, in);
        dropout1.initialize(manager, dataType, in);
        linear1.initialize(manager, dataType, in);
        Shape hidden = linear1.getOutputShapes(new Shape[] {in})[0];
        norm2.initialize(manager, dataType, hidden);
        dropout2.initialize(manager, dataType, hidden);
        linear2.initialize(manager, dataType, hidden);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        Shape hidden = linear1.getOutputShapes(new Shape[] {in})[0];
        return linear2.getOutputShapes(new Shape[] {hidden});
    }
}
