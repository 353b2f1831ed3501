package humeur.lm.train;

/**
 * Stops training, before the optimiser applies the batch, when the loss is NaN or infinite or has exploded to more
 * than {@code factor} times the lowest smoothed loss seen (fastai's learning-rate finder uses 4) and by more than
 * one nat. Smoothing is an exponential moving average (β 0.98, debiased, as fastai's), so one hard batch does not trip
 * it. The absolute margin is for classifiers late in training: with the smoothed loss near 0.1, a hard batch at 0.4 is
 * four times it and still ordinary, whereas a diverging run climbs past the loss of guessing (ln 3 ≈ 1.1 for three
 * classes) and beyond.
 */
public final class DivergenceGuard implements TrainingCallback {
    private static final double BETA = 0.98;
    private static final int WARM_UP = 10;
    /** The least rise above the best smoothed loss, in nats, that counts as divergence. */
    private static final double MIN_RISE = 1.0;
    private final double factor;
    private double average;
    private int seen;
    private double best = Double.POSITIVE_INFINITY;

    /** Fires on NaN/inf, and when the loss exceeds 4 times the best smoothed loss by more than one nat. */
    public DivergenceGuard() {
        this(4);
    }

    /** Fires on NaN/inf, and when the loss exceeds {@code factor} times the best smoothed loss by more than one nat. */
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
        if (seen > WARM_UP && loss > factor * best && loss - best > MIN_RISE) {
            throw new TrainingDivergedException(String.format("training diverged at step %d: the loss %.4f is more than %.1f"
                    + " times the best smoothed loss %.4f; lower the learning rate", step, loss, factor, best));
        }
        best = Math.min(best, smoothed);
    }
}
