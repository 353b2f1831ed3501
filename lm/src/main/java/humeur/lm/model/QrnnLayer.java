package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * One quasi-recurrent layer (MultiFiT): a linear map over a window of inputs gives z, f, o for every step at once
 * (z = tanh, f = σ, o = σ), then {@link FoPooling} runs the only sequential part, and h_t = o_t·c_t. With window 2
 * (the first layer) step t sees inputs t−1 and t; the previous chunk's last input is part of the carried state, so
 * truncated BPTT chunks join seamlessly. Weight drop masks the linear map's weight (there is no hidden-to-hidden
 * matrix). State: (c (batch, hidden)) with window 1, (c, last input (batch, 1, in)) with window 2.
 */
public final class QrnnLayer extends RecurrentLayer {
    private static final byte VERSION = 1;

    private final int inputSize;
    private final int hiddenSize;
    private final int window;
    private final float weightP;
    private final Parameter weight;
    private final Parameter bias;

    /** A layer from {@code inputSize} to {@code hiddenSize} over a window of 1 or 2 inputs. */
    public QrnnLayer(int inputSize, int hiddenSize, int window, float weightP) {
        super(VERSION);
        if (window != 1 && window != 2) {
            throw new IllegalArgumentException("QRNN window is 1 or 2: " + window);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.window = window;
        this.weightP = weightP;
        // torch's nn.Linear initialisation, as MultiFiT's QRNN uses: uniform in ±1/sqrt(fan_in)
        UniformInitializer uniform = new UniformInitializer((float) (1 / Math.sqrt((double) window * inputSize)));
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(3L * hiddenSize, (long) window * inputSize)).optInitializer(uniform).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(3L * hiddenSize)).optInitializer(uniform).build());
    }

    /** The gate map's weight (3·hidden, window·in): z, f and o rows in that order; weight drop masks it. */
    public Parameter gateWeight() {
        return weight;
    }

    @Override
    public NDList zeroState(NDManager manager, long batchSize) {
        NDList state = new NDList(manager.zeros(new Shape(batchSize, hiddenSize)));
        if (window == 2) {
            state.add(manager.zeros(new Shape(batchSize, 1, inputSize)));
        }
        return state;
    }

    @Override
    public int outputSize() {
        return hiddenSize;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray c0 = inputs.get(1);
        long steps = x.getShape().get(1);
        NDArray windowed = x;
        if (window == 2) {
            NDArray previous = NDArrays.concat(new NDList(inputs.get(2), x.get(":, :{}, :", steps - 1)), 1);
            windowed = NDArrays.concat(new NDList(previous, x), 2);
        }
        NDArray w = store.getValue(weight, x.getDevice(), training);
        if (training && weightP > 0) {
            w = w.mul(Masks.keep(x.getManager(), w.getShape(), weightP));
        }
        // fused product-plus-bias (torch's linear → addmm): one pass over the gates instead of two
        NDArray gates = Linear.linear(windowed, w, store.getValue(bias, x.getDevice(), training)).head();
        NDList zfo = gates.split(3, 2);
        NDList pooled = FoPooling.pool(zfo.get(0).tanh(), zfo.get(1).getNDArrayInternal().sigmoid(), c0);
        NDArray h = zfo.get(2).getNDArrayInternal().sigmoid().mul(pooled.get(0));
        NDList out = new NDList(h, pooled.get(1));
        if (window == 2) {
            out.add(x.get(":, {}:, :", steps - 1));
        }
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        Shape out = new Shape(in.get(0), in.get(1), hiddenSize);
        Shape cell = new Shape(in.get(0), hiddenSize);
        return window == 2 ? new Shape[] {out, cell, new Shape(in.get(0), 1, inputSize)} : new Shape[] {out, cell};
    }
}
