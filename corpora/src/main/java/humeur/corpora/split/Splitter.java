package humeur.corpora.split;

/**
 * Sends documents to the training or validation side by a seeded hash of their name: the same document always lands
 * on the same side for the same seed, whatever order the corpus is read in, so a split can be recomputed in a second
 * pass or on another machine without storing it. Splitting by document keeps a novel or an article whole, so
 * validation text is never the neighbour of a training paragraph.
 */
public final class Splitter {
    private final long seed;
    private final double validationFraction;

    private Splitter(long seed, double validationFraction) {
        this.seed = seed;
        this.validationFraction = validationFraction;
    }

    /** A splitter sending about {@code validationFraction} (between 0 and 1) of the documents to validation. */
    public static Splitter seeded(long seed, double validationFraction) {
        if (!(validationFraction >= 0 && validationFraction <= 1)) {
            throw new IllegalArgumentException("the validation fraction must be between 0 and 1, not " + validationFraction);
        }
        return new Splitter(seed, validationFraction);
    }

    /** The side {@code document} falls on. */
    public Split assign(String document) {
        long hash = Hashing.START ^ Hashing.finish(seed);
        for (int i = 0; i < document.length(); i++) {
            hash = Hashing.step(hash, document.charAt(i));
        }
        double uniform = (Hashing.finish(hash) >>> 11) * 0x1.0p-53;
        return uniform < validationFraction ? Split.VALIDATION : Split.TRAIN;
    }

    /** The fraction of documents sent to validation. */
    public double validationFraction() {
        return validationFraction;
    }
}
