package humeur.lm.train;

/**
 * The ULMFiT paper's slanted triangular learning rate: a linear rise over the first {@code cutFraction} of the
 * steps, then a linear fall, the lowest rate being {@code 1/ratio} of the highest:
 * {@code p = t < cut ? t/cut : 1 − (t − cut)/(cut·(1/cutFraction − 1))}, {@code lr = lrMax·(1 + p·(ratio − 1))/ratio}.
 * β1 is left alone.
 */
public final class SlantedTriangularSchedule implements TrainingCallback {
    private final double maxLearningRate;
    private final long totalSteps;
    private final double cutFraction;
    private final double ratio;

    /** The paper's schedule: cut fraction 0.1, ratio 32. */
    public SlantedTriangularSchedule(double maxLearningRate, long totalSteps) {
        this(maxLearningRate, totalSteps, 0.1, 32);
    }

    /** The schedule with another cut fraction and ratio. */
    public SlantedTriangularSchedule(double maxLearningRate, long totalSteps, double cutFraction, double ratio) {
        if (totalSteps <= 0 || cutFraction <= 0 || cutFraction >= 1 || ratio < 1) {
            throw new IllegalArgumentException("slanted triangular: steps " + totalSteps + ", cut fraction " + cutFraction
                    + ", ratio " + ratio);
        }
        this.maxLearningRate = maxLearningRate;
        this.totalSteps = totalSteps;
        this.cutFraction = cutFraction;
        this.ratio = ratio;
    }

    /** The learning rate at {@code step} (0-based). */
    public double learningRate(long step) {
        double cut = Math.max(1, Math.floor(totalSteps * cutFraction));
        double p = step < cut ? step / cut : 1 - (step - cut) / (cut * (1 / cutFraction - 1));
        return maxLearningRate * (1 + Math.max(0, p) * (ratio - 1)) / ratio;
    }

    @Override
    public void beforeStep(LoopState state) {
        state.optimizer().setLearningRate((float) learningRate(state.step()));
    }
}
