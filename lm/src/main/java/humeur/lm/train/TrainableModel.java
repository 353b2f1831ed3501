package humeur.lm.train;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

import java.util.List;

/**
 * What the training loop needs from a model: a DJL block whose forward pass maps {@code NDList(ids (batch, seq))} to
 * {@code NDList(logits (batch, seq, vocab), …)}, its parameters in ULMFiT layer groups, and its carried state.
 * The language model of {@code humeur.lm.model} meets it through {@link TrainableLanguageModel}.
 */
public interface TrainableModel {

    /** The block to train; it must already be initialised, so that a checkpoint can be loaded into it. */
    Block block();

    /**
     * Every trainable parameter, in groups ordered as ULMFiT orders them, from the first layer to the last group
     * (embedding and decoder for a language model, the head for a classifier): the last group gets the full
     * learning rate and each earlier one 2.6 times less.
     */
    List<List<Parameter>> layerGroups();

    /** Forgets the hidden state carried across batches, at the start of each epoch or document stream. */
    void resetState();

    /**
     * The hidden state carried into the next batch, for checkpoints taken in the middle of an epoch; empty for models
     * that carry none. The arrays must outlive the batch's scope.
     */
    default NDList carriedState() {
        return new NDList();
    }

    /** Sets the carried state from a checkpoint, as {@link #carriedState()} returned it. */
    default void carryState(NDList state) {
        if (!state.isEmpty()) {
            throw new IllegalStateException("this model carries no state, but the checkpoint holds " + state.size() + " arrays");
        }
    }
}
