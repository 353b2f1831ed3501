package humeur.lm.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.initializer.XavierInitializer;

import java.util.List;

/**
 * A next-token model small enough to train in seconds: one-hot ids → linear embedding → dropout → tanh → linear
 * decoder. It sees one token at a time (a bigram model) and carries no state; its two layer groups stand in for
 * ULMFiT's [layers…, embedding + decoder].
 */
final class TinyModel implements TrainableModel {
    private final SequentialBlock block;
    private final Linear embedding;
    private final Linear decoder;

    TinyModel(NDManager manager, int vocabulary, int width, float dropout, int seed) {
        // A model this small gains nothing from intra-op threads, and on a shared 2-core machine they spin against
        // the other process: one thread made the training tests about ten times faster. The engine is loaded by now.
        JniUtils.setNumThreads(1);
        embedding = Linear.builder().setUnits(width).build();
        decoder = Linear.builder().setUnits(vocabulary).build();
        block = new SequentialBlock()
                .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().toType(DataType.INT64, false).oneHot(vocabulary))))
                .add(embedding)
                .add(Dropout.builder().optRate(dropout).build())
                .add(Activation.tanhBlock())
                .add(decoder);
        block.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        Engine.getInstance().setRandomSeed(seed);
        block.initialize(manager, DataType.FLOAT32, new Shape(2, 3));
    }

    @Override
    public Block block() {
        return block;
    }

    @Override
    public List<List<Parameter>> layerGroups() {
        return List.of(List.copyOf(embedding.getParameters().values()), List.copyOf(decoder.getParameters().values()));
    }

    /** The number of times the loop asked for a reset: there is no state, but the calls are checked. */
    int resets;

    @Override
    public void resetState() {
        resets++;
    }
}
