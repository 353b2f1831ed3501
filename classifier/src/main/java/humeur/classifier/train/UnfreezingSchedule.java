package humeur.classifier.train;

import humeur.lm.train.GroupedAdam;
import humeur.lm.train.LoopState;
import humeur.lm.train.OneCycleSchedule;
import humeur.lm.train.TrainingCallback;

/**
 * ULMFiT's classifier schedule (fastai's IMDb recipe): the head alone for one epoch at lr, then the last two groups
 * at lr/2, the last three at lr/4, then every group at lr/20 for the remaining epochs; each stage is its own 1cycle
 * (β1 0.8 → 0.7 → 0.8), and within a stage every group below the top gets 2.6 times less than the one above
 * ({@link GroupedAdam}). Without gradual unfreezing (MultiFiT) every group trains from the start under one cycle at lr.
 * Everything is a function of the step, so a resumed run continues exactly.
 */
public final class UnfreezingSchedule implements TrainingCallback {
    /** fastai's learning rate of each stage relative to the first: 2e-2, 1e-2, 5e-3, 1e-3. */
    private static final double[] STAGE_FACTORS = {1, 0.5, 0.25, 0.05};

    private final double learningRate;
    private final long stepsPerEpoch;
    private final int epochs;
    private final boolean gradual;

    /**
     * A schedule of {@code epochs} epochs of {@code stepsPerEpoch} steps peaking at {@code learningRate} (fastai 2e-2),
     * thawing one group per epoch when {@code gradual}.
     */
    public UnfreezingSchedule(double learningRate, long stepsPerEpoch, int epochs, boolean gradual) {
        if (stepsPerEpoch < 1 || epochs < 1) {
            throw new IllegalArgumentException("a schedule needs steps and epochs: " + stepsPerEpoch + ", " + epochs);
        }
        this.learningRate = learningRate;
        this.stepsPerEpoch = stepsPerEpoch;
        this.epochs = epochs;
        this.gradual = gradual;
    }

    /** The stage of {@code epoch}: 0 head, 1 and 2 one more group each, 3 all. */
    public int stage(int epoch) {
        return gradual ? Math.min(epoch, STAGE_FACTORS.length - 1) : STAGE_FACTORS.length - 1;
    }

    /** How many of the last groups train in {@code epoch}, out of {@code groups}. */
    public int trainableGroups(int epoch, int groups) {
        int stage = stage(epoch);
        return stage == STAGE_FACTORS.length - 1 ? groups : Math.min(groups, stage + 1);
    }

    /** The top learning rate and β1 at {@code step}. */
    public double[] rateAndMomentum(long step) {
        int epoch = (int) Math.min(epochs - 1, step / stepsPerEpoch);
        int stage = stage(epoch);
        long first = gradual ? (long) Math.min(epoch, STAGE_FACTORS.length - 1) * stepsPerEpoch : 0;
        long length = stage == STAGE_FACTORS.length - 1 ? (long) epochs * stepsPerEpoch - first : stepsPerEpoch;
        double peak = gradual ? learningRate * STAGE_FACTORS[stage] : learningRate;
        OneCycleSchedule cycle = new OneCycleSchedule(peak, Math.max(1, length));
        long at = step - first;
        return new double[] {cycle.learningRate(at), cycle.momentum(at)};
    }

    @Override
    public void onTrainingBegin(LoopState state) {
        thaw(state);
    }

    @Override
    public void onEpochEnd(LoopState state) {
        thaw(state);
    }

    @Override
    public void beforeStep(LoopState state) {
        double[] values = rateAndMomentum(state.step());
        state.optimizer().setLearningRate((float) values[0]);
        state.optimizer().setBeta1((float) values[1]);
    }

    private void thaw(LoopState state) {
        GroupedAdam optimizer = state.optimizer();
        optimizer.trainLastGroups(trainableGroups(Math.min(state.epoch(), epochs - 1), optimizer.groupCount()));
    }
}
