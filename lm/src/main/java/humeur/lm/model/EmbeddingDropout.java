package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * The token embedding with embedding dropout: in training, whole rows of the matrix (whole words) are dropped with
 * probability p and the kept rows scaled by 1 / (1 − p), one mask of shape (vocab, 1) per batch, so a dropped word
 * vanishes everywhere it occurs in the batch. The padding row is always read as zeros, so padding carries no signal
 * and its row gets no gradient (torch's {@code padding_idx}).
 */
public final class EmbeddingDropout extends AbstractBlock {
    private static final byte VERSION = 1;
    /** ULMFiT initialises the embedding uniform in ±0.1. */
    static final float INIT_RANGE = 0.1f;

    private final int vocabularySize;
    private final int embeddingSize;
    private final int padId;
    private final float p;
    private final Parameter weight;

    /** An embedding of {@code vocabularySize} rows of {@code embeddingSize}, dropping rows with probability {@code p}. */
    public EmbeddingDropout(int vocabularySize, int embeddingSize, int padId, float p) {
        super(VERSION);
        this.vocabularySize = vocabularySize;
        this.embeddingSize = embeddingSize;
        this.padId = padId;
        this.p = p;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(vocabularySize, embeddingSize))
                .optInitializer(new UniformInitializer(INIT_RANGE)).build());
    }

    /** The embedding matrix (vocab, embedding), which a tied decoder reads too. */
    public Parameter weight() {
        return weight;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray ids = inputs.head();
        NDManager manager = ids.getManager();
        NDArray matrix = store.getValue(weight, ids.getDevice(), training);
        NDArray longIds = ids.getDataType() == DataType.INT64 ? ids : ids.toType(DataType.INT64, false);
        if (!training) {
            // nothing is dropped: look the rows up and zero the padding on them alone, rather than multiply the whole
            // (vocab, embedding) matrix by a mask of ones for every batch; the same values
            NDArray rows = ids.getNDArrayInternal().embedding(longIds, matrix, SparseFormat.DENSE).head();
            return new NDList(rows.mul(longIds.neq(padId).toType(rows.getDataType(), false).expandDims(2)));
        }
        NDArray rowMask = p > 0 ? Masks.keep(manager, new Shape(vocabularySize, 1), p)
                : manager.ones(new Shape(vocabularySize, 1));
        rowMask.set(new NDIndex(padId), 0f);
        NDArray dropped = matrix.mul(rowMask);
        return new NDList(ids.getNDArrayInternal().embedding(longIds, dropped, SparseFormat.DENSE).head());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].add(embeddingSize)};
    }
}
