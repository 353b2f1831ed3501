package humeur.ingest.reviews;

import humeur.ingest.SkippedInput;

import java.util.Arrays;
import java.util.List;

/**
 * What labelling a review file gave, for its summary.
 *
 * @param scheme       how ratings were turned into classes
 * @param perClass     reviews written, by class (index 0 negative, …; see {@link LabelScheme})
 * @param dropped      neutral reviews left out
 * @param duplicates   reviews met again in the file (same site and id) and written once
 * @param lengths      how long the texts written are, in characters; null when none was written
 * @param skipped      lines that are not reviews, the first ones (location {@code line N})
 * @param skippedCount how many lines were skipped in all
 */
public record LabelReport(LabelScheme scheme, List<Long> perClass, long dropped, long duplicates, LengthSpread lengths,
                          List<SkippedInput> skipped, long skippedCount) {

    /** Reviews written, all classes together. */
    public long written() {
        return perClass.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The spread of text lengths: the shortest, the quartiles and the longest, in characters.
     *
     * @param min    the shortest
     * @param q1     a quarter of the texts are shorter
     * @param median half are shorter
     * @param q3     three quarters are shorter
     * @param max    the longest
     */
    public record LengthSpread(int min, int q1, int median, int q3, int max) {

        /** The spread of {@code lengths}, which it sorts. */
        static LengthSpread of(int[] lengths) {
            Arrays.sort(lengths);
            return new LengthSpread(lengths[0], quantile(lengths, 0.25), quantile(lengths, 0.5),
                    quantile(lengths, 0.75), lengths[lengths.length - 1]);
        }

        // The nearest-rank quantile: a length that some text has, which reads better than an interpolated one.
        private static int quantile(int[] sorted, double q) {
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
