package humeur.lm.data;

import java.util.SplittableRandom;

/**
 * Random generators derived from a seed and a few keys (epoch, step...). Deriving rather than carrying a generator
 * along is what makes resuming exact: the draws of step k of epoch e depend on nothing but (seed, e, k).
 */
final class Seeds {
    private Seeds() {
    }

    static SplittableRandom random(long seed, long... keys) {
        long state = mix(seed ^ 0x5DEECE66DL);
        for (long key : keys) {
            state = mix(state + 0x9E3779B97F4A7C15L * (key + 1));
        }
        return new SplittableRandom(state);
    }

    /** A uniformly random permutation of 0 … n−1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, 0, n, random);
        return order;
    }

    /** Shuffles {@code values[from, to)} in place. */
    static void shuffle(int[] values, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** A standard normal draw by Box–Muller, spelled out so that the sequence never depends on the JDK's choice. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    // SplitMix64's finaliser: nearby seeds and keys give unrelated states
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
