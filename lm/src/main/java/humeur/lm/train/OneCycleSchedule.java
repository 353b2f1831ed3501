package humeur.lm.train;

/**
 * fastai's {@code fit_one_cycle}: over the first 25 % of the steps the learning rate rises along a cosine from
 * lr/25 to lr while β1 falls from 0.8 to 0.7; then the rate falls along a cosine to lr/1e5 and β1 returns to 0.8
 * (ULMFiT's momenta). Values are pure functions of the step, so a resumed run continues the schedule exactly.
 */
public final class OneCycleSchedule implements TrainingCallback {
    private static final double PCT_START = 0.25;
    private static final double DIV = 25;
    private static final double DIV_FINAL = 1e5;
    private final double maxLearningRate;
    private final long totalSteps;
    private final double highMomentum;
    private final double lowMomentum;

    /** A cycle of {@code totalSteps} steps peaking at {@code maxLearningRate}, β1 0.8 → 0.7 → 0.8. */
    public OneCycleSchedule(double maxLearningRate, long totalSteps) {
        this(maxLearningRate, totalSteps, 0.8, 0.7);
    }

    /** The same with other momenta: β1 goes from {@code highMomentum} to {@code lowMomentum} and back. */
    public OneCycleSchedule(double maxLearningRate, long totalSteps, double highMomentum, double lowMomentum) {
        if (totalSteps <= 0) {
            throw new IllegalArgumentException("a cycle needs steps, not " + totalSteps);
        }
        this.maxLearningRate = maxLearningRate;
        this.totalSteps = totalSteps;
        this.highMomentum = highMomentum;
        this.lowMomentum = lowMomentum;
    }

    /** The learning rate at {@code step} (0-based). */
    public double learningRate(long step) {
        double pos = (double) step / totalSteps;
        return pos < PCT_START
                ? cosine(maxLearningRate / DIV, maxLearningRate, pos / PCT_START)
                : cosine(maxLearningRate, maxLearningRate / DIV_FINAL, (pos - PCT_START) / (1 - PCT_START));
    }

    /** β1 at {@code step}. */
    public double momentum(long step) {
        double pos = (double) step / totalSteps;
        return pos < PCT_START
                ? cosine(highMomentum, lowMomentum, pos / PCT_START)
                : cosine(lowMomentum, highMomentum, (pos - PCT_START) / (1 - PCT_START));
    }

    @Override
    public void beforeStep(LoopState state) {
        state.optimizer().setLearningRate((float) learningRate(state.step()));
        state.optimizer().setBeta1((float) momentum(state.step()));
    }

    // fastai's SchedCos: from start at pos 0 to end at pos 1, flat at both ends
    static double cosine(double start, double end, double pos) {
        return start + (1 + Math.cos(Math.PI * (1 - pos))) * (end - start) / 2;
    }
}
