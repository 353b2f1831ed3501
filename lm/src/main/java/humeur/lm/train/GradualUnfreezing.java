package humeur.lm.train;

/**
 * ULMFiT's gradual unfreezing for the classifier: train only the last {@code initiallyTrainable} groups for the
 * first epoch, then one more group each epoch, until all train. The trainable set depends only on the epoch, so a
 * resumed run unfreezes the same groups.
 */
public final class GradualUnfreezing implements TrainingCallback {
    private final int initiallyTrainable;

    /** Starts with the last {@code initiallyTrainable} groups trainable (1: the classifier head). */
    public GradualUnfreezing(int initiallyTrainable) {
        if (initiallyTrainable < 1) {
            throw new IllegalArgumentException("at least one group must train, not " + initiallyTrainable);
        }
        this.initiallyTrainable = initiallyTrainable;
    }

    /** The number of last groups that train in {@code epoch}. */
    public int trainableGroups(int epoch) {
        return initiallyTrainable + epoch;
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        apply(state, state.epoch());
    }

    @Override
    public void onEpochEnd(LoopState state) {
        apply(state, state.epoch());
    }

    private void apply(LoopState state, int epoch) {
        GroupedAdam optimizer = state.optimizer();
        optimizer.trainLastGroups(Math.min(optimizer.groupCount(), trainableGroups(epoch)));
    }
}
