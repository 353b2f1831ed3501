package humeur.lm.data;

import java.util.SplittableRandom;

/**
 * The length of each bptt window. Fixed: always bptt. Variable, as AWD-LSTM and fastai 0.7 drew them: the first window
 * of an epoch is bptt + 25 long, the largest possible, so that running out of memory shows at once; each later one
 * takes bptt with probability 0.95 and bptt / 2 otherwise as a centre, draws a normal around it with standard
 * deviation 5, truncates to an int as Python's {@code int()} does and keeps it within [5, bptt + 25]. The mean is
 * then 0.975 · bptt − 0.5 (67.75 for bptt 70). Draws depend only on (seed, epoch, step), so a resumed epoch draws the same lengths.
 */
final class SequenceLengths {
    static final int MIN = 5;
    static final int FIRST_EXTRA = 25;

    private final int bptt;
    private final boolean variable;
    private final long seed;

    SequenceLengths(int bptt, boolean variable, long seed) {
        this.bptt = bptt;
        this.variable = variable;
        this.seed = seed;
    }

    int length(int epoch, int step) {
        if (!variable) {
            return bptt;
        }
        if (step == 0) {
            return bptt + FIRST_EXTRA;
        }
        SplittableRandom random = Seeds.random(seed, 1, epoch, step);
        double centre = random.nextDouble() < 0.95 ? bptt : bptt / 2.0;
        int drawn = (int) (centre + 5 * Seeds.gaussian(random));
        return Math.min(bptt + FIRST_EXTRA, Math.max(MIN, drawn));
    }
}
