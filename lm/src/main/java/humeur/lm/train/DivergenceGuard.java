package humeur.lm.train;

/**
 * Stops training, before the optimiser applies the batch, when the loss is NaN or infinite or has exploded to more
 * than {@code factor} times the lowest smoothed loss seen (fastai's learning-rate finder uses 4). Smoothing is an
 * exponential moving average (β 0.98, debiased, as fastai's), so one hard batch does not trip it.
 */
public final class DivergenceGuard implements TrainingCallback {
    private static final double BETA = 0.98;
    private static final int WARM_UP = 10;
    private final double factor;
    private double average;
    private int seen;
    private double best = Double.POSITIVE_INFINITY;

    /** Fires on NaN/inf, and when the loss exceeds 4 times the best smoothed loss. */
    public DivergenceGuard() {
        this(4);
    }

    /** Fires on NaN/inf, and when the loss exceeds {@code factor} times the best smoothed loss. */
    public DivergenceGuard(double factor) {
        this.factor = factor;
    }

    @Override
    public void beforeStep(LoopState state) {
        check(state.loss(), state.step());
    }

    /** Accepts the loss of {@code step} or throws {@link TrainingDivergedException}. */
    public void check(double loss, long step) {
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException("training diverged at step " + step + ": the loss is " + loss
                    + "; lower the learning rate or clip gradients harder (weights of this step were not applied)");
        }
        seen++;
        average = BETA * average + (1 - BETA) * loss;
        double smoothed = average / (1 - Math.pow(BETA, seen));
        if (seen > WARM_UP && loss > factor * best) {
            throw new TrainingDivergedException(String.format("training diverged at step %d: the loss %.4f is more than %.1f"
                    + " times the best smoothed loss %.4f; lower the learning rate", step, loss, factor, best));
        }
        best = Math.min(best, smoothed);
    }
}
