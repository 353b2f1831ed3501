package humeur.app.report;

/**
 * What a group of scored messages adds up to: their count, the sums of their polarities and of its squares, and how
 * many were labelled negative, neutral and positive. Tallies merge exactly, which lets a report combine days into
 * periods and chats into contacts without reading the messages again.
 */
public final class Tally {
    /** The half-width of a 95% interval in standard errors. */
    private static final double Z95 = 1.96;

    private long count;
    private double sum;
    private double sumOfSquares;
    private final long[] labels = new long[3];

    /** Counts one message of polarity {@code score} in [-1, 1] and label {@code label} (a {@link Sentiment}). */
    public void add(double score, Sentiment label) {
        count++;
        sum += score;
        sumOfSquares += score * score;
        labels[label.ordinal()]++;
    }

    /** Adds everything {@code other} counted. */
    public void merge(Tally other) {
        count += other.count;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        for (int i = 0; i < labels.length; i++) {
            labels[i] += other.labels[i];
        }
    }

    /** A tally from its sums, as {@link #sum()} and the others give them. */
    public static Tally of(long count, double sum, double sumOfSquares, long negative, long neutral, long positive) {
        Tally t = new Tally();
        t.count = count;
        t.sum = sum;
        t.sumOfSquares = sumOfSquares;
        t.labels[0] = negative;
        t.labels[1] = neutral;
        t.labels[2] = positive;
        return t;
    }

    /** The number of messages counted. */
    public long count() {
        return count;
    }

    /** The sum of their polarities. */
    public double sum() {
        return sum;
    }

    /** The sum of the squares of their polarities. */
    public double sumOfSquares() {
        return sumOfSquares;
    }

    /** How many were labelled {@code label}. */
    public long labelled(Sentiment label) {
        return labels[label.ordinal()];
    }

    /** The share of messages labelled {@code label}, 0 when there are none. */
    public double share(Sentiment label) {
        return count == 0 ? 0 : (double) labels[label.ordinal()] / count;
    }

    /** The mean polarity, NaN when there are no messages. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * The standard error of the mean. With a single message nothing is known of the spread, so it is taken as the
     * widest a polarity in [-1, 1] can have (1): a period of one or two messages shows a wide band, as it should.
     */
    public double standardError() {
        if (count < 2) {
            return 1;
        }
        double variance = Math.max(0, (sumOfSquares - sum * sum / count) / (count - 1));
        return Math.sqrt(variance / count);
    }

    /** The lower end of the 95% interval of the mean (mean − 1.96 standard errors), no lower than -1. */
    public double low() {
        return Math.max(-1, mean() - Z95 * standardError());
    }

    /** The upper end of the 95% interval of the mean, no higher than 1. */
    public double high() {
        return Math.min(1, mean() + Z95 * standardError());
    }
}
