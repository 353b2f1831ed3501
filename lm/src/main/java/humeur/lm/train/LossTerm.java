package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** A term added to the training loss, such as AWD-LSTM's activation regularisation; not part of validation loss. */
public interface LossTerm {

    /** The term, a scalar, from the model's forward outputs. */
    NDArray evaluate(NDList predictions);
}
