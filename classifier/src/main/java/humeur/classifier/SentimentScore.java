package humeur.classifier;

/**
 * The sentiment of one text: the probabilities of the three classes, its label and its polarity. Models trained on
 * binary data (no neutral class) give a neutral probability of 0.
 *
 * @param negative probability of the negative class
 * @param neutral  probability of the neutral class
 * @param positive probability of the positive class
 */
public record SentimentScore(float negative, float neutral, float positive) {

    /** The most probable class: {@code "negative"}, {@code "neutral"} or {@code "positive"}. */
    public String label() {
        if (negative >= neutral && negative >= positive) {
            return "negative";
        }
        return positive >= neutral ? "positive" : "neutral";
    }

    /** The polarity in [-1, 1]: P(positive) − P(negative). */
    public float score() {
        return positive - negative;
    }
}
