package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * One LSTM layer with its own weights, run by the engine's fused LSTM in one call, with weight drop (DropConnect):
 * in training, a fresh dropout mask on the hidden-to-hidden matrix each batch, applied before the fused call. The
 * built-in DJL LSTM cannot do this, nor give each layer its own size. State: (h, c), each (1, batch, hidden).
 * Gates are in PyTorch's order (input, forget, cell, output).
 */
public final class WeightDropLstmLayer extends RecurrentLayer {
    private static final byte VERSION = 1;

    private final int hiddenSize;
    private final float weightP;
    private final Parameter wIh;
    private final Parameter wHh;
    private final Parameter bIh;
    private final Parameter bHh;

    /** A layer from {@code inputSize} to {@code hiddenSize} features, dropping w_hh entries with probability {@code weightP}. */
    public WeightDropLstmLayer(int inputSize, int hiddenSize, float weightP) {
        super(VERSION);
        this.hiddenSize = hiddenSize;
        this.weightP = weightP;
        // PyTorch's LSTM initialisation, which fastai keeps: uniform in ±1/sqrt(hidden)
        UniformInitializer uniform = new UniformInitializer((float) (1 / Math.sqrt(hiddenSize)));
        long gates = 4L * hiddenSize;
        wIh = addParameter(param("w_ih", Parameter.Type.WEIGHT, new Shape(gates, inputSize), uniform));
        wHh = addParameter(param("w_hh", Parameter.Type.WEIGHT, new Shape(gates, hiddenSize), uniform));
        bIh = addParameter(param("b_ih", Parameter.Type.BIAS, new Shape(gates), uniform));
        bHh = addParameter(param("b_hh", Parameter.Type.BIAS, new Shape(gates), new ConstantInitializer(0)));
    }

    private static Parameter param(String name, Parameter.Type type, Shape shape,
                                   ai.djl.training.initializer.Initializer init) {
        return Parameter.builder().setName(name).setType(type).optShape(shape).optInitializer(init).build();
    }

    /** The hidden-to-hidden matrix (4·hidden, hidden), the one weight drop masks. */
    public Parameter hiddenToHidden() {
        return wHh;
    }

    @Override
    public NDList zeroState(NDManager manager, long batchSize) {
        Shape shape = new Shape(1, batchSize, hiddenSize);
        return new NDList(manager.zeros(shape), manager.zeros(shape));
    }

    @Override
    public int outputSize() {
        return hiddenSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDList state = new NDList(inputs.get(1), inputs.get(2));
        var device = x.getDevice();
        NDArray hh = store.getValue(wHh, device, training);
        if (training && weightP > 0) {
            hh = hh.mul(Masks.keep(x.getManager(), hh.getShape(), weightP));
        }
        NDList weights = new NDList(store.getValue(wIh, device, training), hh,
                store.getValue(bIh, device, training), store.getValue(bHh, device, training));
        // one layer, no inter-layer dropout, unidirectional, batch first: returns (output, h, c)
        return x.getNDArrayInternal().lstm(x, state, weights, true, 1, 0.0, training, false, true);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        Shape state = new Shape(1, in.get(0), hiddenSize);
        return new Shape[] {new Shape(in.get(0), in.get(1), hiddenSize), state, state};
    }
}
