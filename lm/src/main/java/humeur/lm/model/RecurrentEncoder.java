package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ULMFiT encoder: embedding with {@link EmbeddingDropout}, {@link LockedDropout} on the input, stacked
 * recurrent layers (AWD-LSTM or QRNN) with locked dropout between them; the last layer outputs the embedding width.
 * Forward takes token ids (batch, time) and returns the last layer's raw output (batch, time, embedding).
 *
 * <p>The recurrent state is carried from one call to the next (truncated BPTT: consecutive batches continue the same
 * streams), detached from the graph so a backward pass never reaches into earlier batches. Each batch size keeps its
 * own state, so a shorter last batch or a validation pass with another batch size does not disturb the training
 * streams; call {@link #resetState()} where streams start over (each epoch, each new document set). Not thread-safe.
 */
public final class RecurrentEncoder extends AbstractBlock {
    static {
        HugePages.request(); // before this model's first array: see HugePages
    }

    private static final byte VERSION = 1;

    private final LmConfig config;
    private final EmbeddingDropout embedding;
    private final LockedDropout inputDropout;
    private final List<RecurrentLayer> layers = new ArrayList<>();
    private final List<LockedDropout> hiddenDropouts = new ArrayList<>();
    private final Map<Long, List<NDList>> states = new HashMap<>();
    private NDManager stateManager;
    private NDArray exportedHeader;

    /** The encoder {@code config} describes, not yet initialised. */
    public RecurrentEncoder(LmConfig config) {
        super(VERSION);
        this.config = config;
        Dropouts p = config.effectiveDropouts();
        embedding = addChildBlock("embedding", new EmbeddingDropout(config.vocabularySize(), config.embeddingSize(),
                config.padId(), p.embed()));
        inputDropout = addChildBlock("inputDropout", new LockedDropout(p.input()));
        for (int i = 0; i < config.layers(); i++) {
            int in = config.layerInputSize(i);
            int out = config.layerOutputSize(i);
            RecurrentLayer layer = config.architecture() == Architecture.QRNN
                    ? new QrnnLayer(in, out, i == 0 ? 2 : 1, p.weight())
                    : new WeightDropLstmLayer(in, out, p.weight());
            layers.add(addChildBlock("layer" + i, layer));
            if (i < config.layers() - 1) {
                hiddenDropouts.add(addChildBlock("hiddenDropout" + i, new LockedDropout(p.hidden())));
            }
        }
    }

    /** The embedding block, whose matrix a tied decoder shares. */
    public EmbeddingDropout embedding() {
        return embedding;
    }

    /** The recurrent layers, bottom first. */
    public List<RecurrentLayer> layers() {
        return List.copyOf(layers);
    }

    /** Forgets every carried state: the next batch of each size starts its streams from zeros. */
    public void resetState() {
        states.values().forEach(state -> state.forEach(NDList::close));
        states.clear();
    }

    /** The carried state for {@code batchSize} (per layer), or null; for tests of detachment. */
    List<NDList> carriedState(long batchSize) {
        return states.get(batchSize);
    }

    /**
     * Every carried state, flattened for a checkpoint: an int64 array of the batch sizes in ascending order, then for
     * each of them each layer's state arrays; empty when nothing is carried. The arrays stay owned by this encoder,
     * valid until the next batch or export.
     */
    NDList exportState() {
        NDList out = new NDList();
        if (states.isEmpty()) {
            return out;
        }
        long[] sizes = states.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        if (exportedHeader != null) {
            exportedHeader.close(); // one per export would pile up over a long run's checkpoints
        }
        exportedHeader = stateManager.create(sizes);
        NDScope.unregister(exportedHeader); // a caller's scope must not close it before the checkpoint is written
        out.add(exportedHeader);
        for (long size : sizes) {
            states.get(size).forEach(out::addAll);
        }
        return out;
    }

    /** Replaces every carried state with what {@link #exportState()} returned, taking ownership of the arrays. */
    void importState(NDList flat) {
        resetState();
        if (flat.isEmpty()) {
            return;
        }
        if (stateManager == null) {
            stateManager = NDManager.newBaseManager(flat.head().getDevice());
        }
        long[] sizes = flat.head().toLongArray();
        flat.head().close();
        int next = 1;
        for (long size : sizes) {
            List<NDList> state = new ArrayList<>(layers.size());
            for (RecurrentLayer layer : layers) {
                int arrays = stateArrays(layer);
                NDList layerState = new NDList(arrays);
                for (int i = 0; i < arrays; i++) {
                    if (next >= flat.size()) {
                        throw new IllegalArgumentException("the carried state holds " + flat.size()
                                + " arrays, too few for batch sizes " + Arrays.toString(sizes));
                    }
                    NDArray array = flat.get(next++);
                    NDScope.unregister(array);
                    array.attach(stateManager);
                    layerState.add(array);
                }
                state.add(layerState);
            }
            states.put(size, state);
        }
        if (next != flat.size()) {
            throw new IllegalArgumentException("the carried state holds " + flat.size() + " arrays, not " + next);
        }
    }

    // how many arrays a layer's state holds depends on the layer (LSTM h and c; QRNN c, and the carried input of a
    // window-2 layer): ask the layer rather than repeat its rule here
    private int stateArrays(RecurrentLayer layer) {
        NDList zeros = layer.zeroState(stateManager, 1);
        int n = zeros.size();
        zeros.close();
        return n;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray ids = inputs.head();
        long batchSize = ids.getShape().get(0);
        if (stateManager == null) {
            stateManager = NDManager.newBaseManager(ids.getDevice());
        }
        List<NDList> state = states.get(batchSize);
        boolean fresh = state == null;
        if (fresh) {
            state = zeroState(stateManager, batchSize);
        }
        Pass pass = forwardFrom(store, ids, state, training);
        carry(batchSize, pass.state());
        if (fresh) {
            state.forEach(NDList::close); // the graph keeps its own reference to these zeros
        }
        return new NDList(pass.output());
    }

    /**
     * Keeps detached copies of the new state, owned by this encoder: outside any NDScope the caller wraps a step in
     * (which would close them) and without gradient history (which would make the next backward reach this batch).
     */
    private void carry(long batchSize, List<NDList> next) {
        List<NDList> kept = new ArrayList<>(next.size());
        for (NDList layerState : next) {
            NDList detached = new NDList(layerState.size());
            for (NDArray array : layerState) {
                NDArray copy = array.stopGradient();
                NDScope.unregister(copy);
                copy.attach(stateManager);
                detached.add(copy);
            }
            kept.add(detached);
        }
        List<NDList> old = states.put(batchSize, kept);
        if (old != null) {
            old.forEach(NDList::close);
        }
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        embedding.initialize(manager, dataType, ids);
        Shape embedded = embedding.getOutputShapes(new Shape[] {ids})[0];
        inputDropout.initialize(manager, dataType, embedded);
        for (int i = 0; i < layers.size(); i++) {
            Shape in = new Shape(ids.get(0), ids.get(1), config.layerInputSize(i));
            layers.get(i).initialize(manager, dataType, in);
            if (i < hiddenDropouts.size()) {
                hiddenDropouts.get(i).initialize(manager, dataType,
                        new Shape(ids.get(0), ids.get(1), config.layerOutputSize(i)));
            }
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(config.embeddingSize())};
    }

    /** The state at the start of a stream, one list per layer, for callers that keep their own ({@link #forwardFrom}). */
    public List<NDList> zeroState(NDManager manager, long batchSize) {
        List<NDList> state = new ArrayList<>(layers.size());
        for (RecurrentLayer layer : layers) {
            state.add(layer.zeroState(manager, batchSize));
        }
        return state;
    }

    /**
     * One pass over {@code ids} (batch, time) from {@code state} (one list per layer, as {@link #zeroState} makes),
     * leaving the carried state alone: for callers that keep the state themselves, such as a classifier reading a
     * document chunk by chunk (BPT3C), or concurrent inference. The new state is not detached.
     */
    public Pass forwardFrom(ParameterStore store, NDArray ids, List<NDList> state, boolean training) {
        NDArray x = embedding.forward(store, new NDList(ids), training).head();
        x = inputDropout.forward(store, new NDList(x), training).head();
        List<NDList> next = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            NDList layerInput = new NDList(x);
            layerInput.addAll(state.get(i));
            NDList out = layers.get(i).forward(store, layerInput, training);
            x = out.head();
            next.add(out.subNDList(1));
            if (i < hiddenDropouts.size()) {
                x = hiddenDropouts.get(i).forward(store, new NDList(x), training).head();
            }
        }
        return new Pass(x, next);
    }

    /** What {@link #forwardFrom} returns: the last layer's output (batch, time, embedding) and each layer's new state. */
    public record Pass(NDArray output, List<NDList> state) {
    }
}
