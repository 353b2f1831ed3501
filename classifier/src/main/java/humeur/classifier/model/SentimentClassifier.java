package humeur.classifier.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import humeur.lm.model.RecurrentEncoder;
import humeur.lm.model.RecurrentLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * The ULMFiT classifier as one DJL block: a language model's {@link RecurrentEncoder} reads each document in chunks
 * of bptt tokens with its state carried from chunk to chunk (BPT3C); the outputs of the document's last
 * {@code maxLength} tokens are pooled ({@link ConcatPooling}: last real state, max and mean over real tokens) and a
 * {@link PoolingHead} turns them into class logits.
 *
 * <p>Input: {@code NDList(tokens (batch, width) int, lengths (batch) int, starts (batch) int)} laid out as
 * {@link humeur.lm.data.ClassifierBatch} lays them out (longest row first, padding first in whole chunks, fewer than
 * bptt pads after). Output: {@code NDList(logits (batch, classes))}. In each chunk only the rows whose document has
 * started run (a prefix, since rows go longest first), and a row joins with a zero state at its first token, so
 * padding never reaches the state: a text scores the same alone or beside longer ones. Chunks wholly before the kept
 * tokens feed the state only, without autograd, so gradients flow through the kept part alone and memory stays that
 * of the kept part however long the document.
 *
 * <p>The block keeps no state between calls: concurrent forward passes are safe.
 */
public final class SentimentClassifier extends AbstractBlock {
    private static final byte VERSION = 1;

    private final ClassifierConfig config;
    private final RecurrentEncoder encoder;
    private final PoolingHead head;
    private volatile int[][] batchAxes;

    /** The classifier {@code config} describes, not yet initialised. */
    public SentimentClassifier(ClassifierConfig config) {
        super(VERSION);
        this.config = config;
        encoder = addChildBlock("encoder", new RecurrentEncoder(config.encoder()));
        head = addChildBlock("head", new PoolingHead(config.headHidden(), config.classCount(), config.headInputDropout()));
    }

    /** Builds and initialises the classifier in {@code manager} (random weights until loaded or transferred). */
    public static SentimentClassifier create(ClassifierConfig config, NDManager manager) {
        SentimentClassifier classifier = new SentimentClassifier(config);
        classifier.initialize(manager, DataType.FLOAT32, new Shape(2, 2), new Shape(2), new Shape(2));
        return classifier;
    }

    /** The configuration. */
    public ClassifierConfig config() {
        return config;
    }

    /** The encoder. */
    public RecurrentEncoder encoder() {
        return encoder;
    }

    /** The head. */
    public PoolingHead head() {
        return head;
    }

    /**
     * ULMFiT's classifier layer groups, bottom first: the embedding, each recurrent layer, the head. Discriminative
     * rates divide by 2.6 per group below the head; gradual unfreezing thaws them from the head down.
     */
    public List<List<Parameter>> layerGroups() {
        List<List<Parameter>> groups = new ArrayList<>();
        groups.add(List.of(encoder.embedding().weight()));
        for (RecurrentLayer layer : encoder.layers()) {
            groups.add(List.copyOf(layer.getParameters().values()));
        }
        groups.add(head.trainableParameters());
        return List.copyOf(groups);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        int[] lengths = inputs.get(1).toType(DataType.INT32, false).toIntArray();
        int[] starts = inputs.get(2).toType(DataType.INT32, false).toIntArray();
        NDArray features = pooledFeatures(store, tokens, lengths, starts, training);
        return head.forward(store, new NDList(features), training);
    }

    /** The concat-pooled features (batch, 3 · embedding) of a batch; see the class comment for the layout. */
    public NDArray pooledFeatures(ParameterStore store, NDArray tokens, int[] lengths, int[] starts, boolean training) {
        NDManager manager = tokens.getManager();
        int rows = (int) tokens.getShape().get(0);
        int width = (int) tokens.getShape().get(1);
        int bptt = config.bptt();
        if (lengths.length != rows || starts.length != rows) {
            throw new IllegalArgumentException(rows + " rows but " + lengths.length + " lengths and " + starts.length + " starts");
        }
        for (int r = 0; r < rows; r++) {
            if (lengths[r] < 1 || starts[r] < 0 || starts[r] + lengths[r] > width || (r > 0 && starts[r] < starts[r - 1])) {
                throw new IllegalArgumentException("row " + r + " is not laid out as ClassifierBatch lays rows out");
            }
        }
        int chunks = (width + bptt - 1) / bptt;
        // the first position any row pools; chunks ending at or before it only feed the state
        int firstKept = Integer.MAX_VALUE;
        for (int r = 0; r < rows; r++) {
            firstKept = Math.min(firstKept, Math.max(starts[r], starts[r] + lengths[r] - config.maxLength()));
        }
        List<NDList> state = null;
        boolean stateOutsideScopes = false;
        int active = 0;
        List<NDArray> kept = new ArrayList<>();
        int keptFrom = -1;
        for (int c = 0; c < chunks; c++) {
            int from = c == 0 ? 0 : width - (chunks - c) * bptt;
            int to = c == chunks - 1 ? width : width - (chunks - c - 1) * bptt;
            int nowActive = 0;
            while (nowActive < rows && starts[nowActive] <= from) {
                nowActive++;
            }
            if (nowActive == 0) {
                continue; // a chunk of padding in every row (cannot happen for the longest row, kept for safety)
            }
            if (to <= firstKept) {
                // only feeds the state: no autograd, and its arrays freed at once rather than at the end of the batch,
                // so that a long document costs the memory of the pooled part alone
                List<NDList> previous = stateOutsideScopes ? state : null;
                boolean gradMode = JniUtils.isGradMode();
                JniUtils.setGradMode(false);
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    NDArray ids = tokens.get(new NDIndex("0:{}, {}:{}", nowActive, from, to));
                    state = encode(store, ids, grow(manager, state, active, nowActive), training).state();
                    state.forEach(NDScope::unregister);
                } finally {
                    JniUtils.setGradMode(gradMode);
                }
                if (previous != null) {
                    previous.forEach(NDList::close);
                }
                stateOutsideScopes = true;
                active = nowActive;
                continue;
            }
            if (stateOutsideScopes) {
                state.forEach(list -> list.forEach(NDScope::register)); // back under the caller's scope, if any
                stateOutsideScopes = false;
            }
            state = grow(manager, state, active, nowActive);
            active = nowActive;
            NDArray ids = tokens.get(new NDIndex("0:{}, {}:{}", active, from, to));
            RecurrentEncoder.Pass pass = encode(store, ids, state, training);
            state = pass.state();
            if (keptFrom < 0) {
                keptFrom = from;
            }
            NDArray out = pass.output();
            if (active < rows) {
                out = NDArrays.concat(new NDList(out, manager.zeros(new Shape(rows - active, to - from,
                        out.getShape().get(2)), out.getDataType())), 0);
            }
            kept.add(out);
        }
        NDArray outputs = kept.size() == 1 ? kept.get(0) : NDArrays.concat(new NDList(kept), 1);
        return ConcatPooling.pool(outputs, keptFrom, lengths, starts, config.maxLength());
    }

    /** The encoder over one chunk, from {@code state}; its embedding looks rows up without a matrix mask in evaluation. */
    private RecurrentEncoder.Pass encode(ParameterStore store, NDArray ids, List<NDList> state, boolean training) {
        return encoder.forwardFrom(store, ids, state, training);
    }

    // rows that start in this chunk join with a zero state; which axis of each state array counts rows depends on the layer
    private List<NDList> grow(NDManager manager, List<NDList> state, int active, int nowActive) {
        if (state == null) {
            return encoder.zeroState(manager, nowActive);
        }
        if (nowActive == active) {
            return state;
        }
        int[][] axes = batchAxes(manager);
        List<NDList> zeros = encoder.zeroState(manager, nowActive - active);
        List<NDList> grown = new ArrayList<>(state.size());
        for (int layer = 0; layer < state.size(); layer++) {
            NDList joined = new NDList();
            for (int i = 0; i < state.get(layer).size(); i++) {
                joined.add(NDArrays.concat(new NDList(state.get(layer).get(i), zeros.get(layer).get(i)), axes[layer][i]));
            }
            grown.add(joined);
        }
        return grown;
    }

    private int[][] batchAxes(NDManager manager) {
        int[][] axes = batchAxes;
        if (axes == null) {
            List<NDList> one = encoder.zeroState(manager, 1);
            List<NDList> two = encoder.zeroState(manager, 2);
            axes = new int[one.size()][];
            for (int layer = 0; layer < one.size(); layer++) {
                axes[layer] = new int[one.get(layer).size()];
                for (int i = 0; i < axes[layer].length; i++) {
                    long[] a = one.get(layer).get(i).getShape().getShape();
                    long[] b = two.get(layer).get(i).getShape().getShape();
                    int axis = 0;
                    while (a[axis] == b[axis]) {
                        axis++;
                    }
                    axes[layer][i] = axis;
                }
            }
            one.forEach(NDList::close);
            two.forEach(NDList::close);
            batchAxes = axes;
        }
        return axes;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[0]);
        head.initialize(manager, dataType, new Shape(inputShapes[0].get(0), 3L * config.encoder().embeddingSize()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.classCount())};
    }
}
