package humeur.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the {@code k} highest and {@code k} lowest scored messages seen so far, in constant memory: a report
 * reads a million scores but keeps only a few examples per period.
 */
final class Extremes {
    private final int k;
    private final double[] highScores;
    private final long[] highIds;
    private final double[] lowScores;
    private final long[] lowIds;
    private int size;

    Extremes(int k) {
        this.k = k;
        highScores = new double[k];
        highIds = new long[k];
        lowScores = new double[k];
        lowIds = new long[k];
    }

    /** Considers message {@code id} of polarity {@code score}. */
    void offer(long id, double score) {
        if (size < k) {
            insert(highScores, highIds, size, id, score, true);
            insert(lowScores, lowIds, size, id, score, false);
            size++;
            return;
        }
        if (score > highScores[k - 1]) {
            insert(highScores, highIds, k - 1, id, score, true);
        }
        if (score < lowScores[k - 1]) {
            insert(lowScores, lowIds, k - 1, id, score, false);
        }
    }

    // Insertion into a sorted array of at most k entries: k is 3, a heap would be slower.
    private static void insert(double[] scores, long[] ids, int last, long id, double score, boolean descending) {
        int i = last;
        while (i > 0 && (descending ? score > scores[i - 1] : score < scores[i - 1])) {
            scores[i] = scores[i - 1];
            ids[i] = ids[i - 1];
            i--;
        }
        scores[i] = score;
        ids[i] = id;
    }

    /** The ids of the {@code n} (at most k) most positive and {@code n} most negative messages, without repeats. */
    List<Long> ids(int n) {
        int m = Math.min(n, size);
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < m; i++) {
            ids.add(highIds[i]);
            ids.add(lowIds[i]);
        }
        return new ArrayList<>(ids);
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(highScores, size)) + Arrays.toString(Arrays.copyOf(lowScores, size));
    }
}
