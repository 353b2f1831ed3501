package humeur.lm.train;

/**
 * A language model's scores on held-out text.
 *
 * @param loss             mean cross-entropy per token, in nats
 * @param perplexity       {@code exp(loss)}
 * @param accuracy         the share of tokens the model ranked first
 * @param bitsPerCharacter total nats / ln 2 / characters of the text: unlike perplexity, it does not depend on how the
 *                         text was cut into tokens, so word and subword models compare
 * @param tokens           the number of tokens scored
 */
public record ValidationResult(double loss, double perplexity, double accuracy, double bitsPerCharacter, long tokens) {

    /** The scores from totals: nats summed over {@code tokens} tokens, {@code correct} ranked first, and the text's length. */
    public static ValidationResult of(double totalNats, long tokens, long correct, long characters) {
        if (tokens <= 0 || characters <= 0) {
            throw new IllegalArgumentException("no text to score: " + tokens + " tokens, " + characters + " characters");
        }
        double loss = totalNats / tokens;
        return new ValidationResult(loss, Math.exp(loss), (double) correct / tokens, totalNats / Math.log(2) / characters, tokens);
    }

    @Override
    public String toString() {
        return String.format("loss %.4f, perplexity %.2f, accuracy %.2f %%, %.4f bits per character (%,d tokens)",
                loss, perplexity, 100 * accuracy, bitsPerCharacter, tokens);
    }
}
