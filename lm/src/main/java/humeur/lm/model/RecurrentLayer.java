package humeur.lm.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;

/**
 * One recurrent layer of an encoder. Its forward takes {@code (input (batch, time, in), state…)} and returns
 * {@code (output (batch, time, out), new state…)}; what the state holds depends on the layer.
 */
public abstract class RecurrentLayer extends AbstractBlock {

    /** Lets subclasses declare their parameter-format version. */
    protected RecurrentLayer(byte version) {
        super(version);
    }

    /** The state at the start of a stream: zeros for {@code batchSize} rows. */
    public abstract NDList zeroState(NDManager manager, long batchSize);

    /** The width of this layer's output features. */
    public abstract int outputSize();
}
