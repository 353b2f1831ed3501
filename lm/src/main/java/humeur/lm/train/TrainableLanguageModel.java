package humeur.lm.train;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import humeur.lm.model.LanguageModel;

import java.util.List;

/**
 * A {@link LanguageModel} as the loop trains it. The model stays a plain DJL block that knows nothing of training
 * (this package depends on {@code humeur.lm.model}, not the reverse); this adapter only routes the loop's calls,
 * including the carried recurrent state, which checkpoints must save for a mid-epoch resume to be exact.
 */
public final class TrainableLanguageModel implements TrainableModel {
    private final LanguageModel model;

    /** Trains {@code model}, which must already be initialised. */
    public TrainableLanguageModel(LanguageModel model) {
        this.model = model;
    }

    /** The language model being trained. */
    public LanguageModel model() {
        return model;
    }

    @Override
    public Block block() {
        return model;
    }

    @Override
    public List<List<Parameter>> layerGroups() {
        return model.layerGroups();
    }

    @Override
    public void resetState() {
        model.resetState();
    }

    @Override
    public NDList carriedState() {
        return model.carriedState();
    }

    @Override
    public void carryState(NDList state) {
        model.carryState(state);
    }
}
