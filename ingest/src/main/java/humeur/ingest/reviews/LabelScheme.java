package humeur.ingest.reviews;

/**
 * How ratings (out of 5) become sentiment classes. Ratings at or below {@code negativeMax} are negative, at or above
 * {@code positiveMin} positive, and everything between (3, but also 2.5 and 3.5 with the defaults) neutral. Classes
 * are numbered as in the labelled sets the classifier reads: 0 negative and 1 positive when neutral reviews are
 * dropped (like the AlloCiné set); 0 negative, 1 neutral and 2 positive when they are kept (like DEFT 2017).
 *
 * @param negativeMax the highest rating that is negative
 * @param positiveMin the lowest rating that is positive
 * @param keepNeutral whether ratings in between are kept as a third class, or dropped
 */
public record LabelScheme(double negativeMax, double positiveMin, boolean keepNeutral) {
    /** A rating that gets no label: a neutral one when neutral reviews are dropped. */
    public static final int DROPPED = -1;

    public LabelScheme {
        if (!(negativeMax >= 0 && positiveMin <= 5 && negativeMax < positiveMin)) {
            throw new IllegalArgumentException("needs 0 <= negative maximum < positive minimum <= 5, got "
                    + negativeMax + " and " + positiveMin);
        }
    }

    /** Negative up to 2, positive from 4, the rest dropped. */
    public static LabelScheme defaults() {
        return new LabelScheme(2, 4, false);
    }

    /** The same thresholds, neutral reviews kept or dropped. */
    public LabelScheme withNeutral(boolean keep) {
        return new LabelScheme(negativeMax, positiveMin, keep);
    }

    /** How many classes labels take: 2, or 3 with neutral reviews. */
    public int classes() {
        return keepNeutral ? 3 : 2;
    }

    /** The class of a rating out of 5, or {@link #DROPPED}. */
    public int label(double ratingOutOf5) {
        if (ratingOutOf5 <= negativeMax) {
            return 0;
        }
        if (ratingOutOf5 >= positiveMin) {
            return keepNeutral ? 2 : 1;
        }
        return keepNeutral ? 1 : DROPPED;
    }

    /** What a class means: {@code negative}, {@code neutral} or {@code positive}. */
    public String className(int label) {
        return switch (label) {
            case 0 -> "negative";
            case 1 -> keepNeutral ? "neutral" : "positive";
            case 2 -> "positive";
            default -> throw new IllegalArgumentException("no class " + label);
        };
    }
}
