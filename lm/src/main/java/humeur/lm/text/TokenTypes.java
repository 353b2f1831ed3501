package humeur.lm.text;

/**
 * The values of Lucene's {@code TypeAttribute} in this package. The tokenizer sets them so that each filter can tell which
 * tokens are its business (only words get {@code xxmaj}; only URLs become {@code xxurl}) without re-reading the text.
 */
final class TokenTypes {
    static final String WORD = "<WORD>";
    /** Digits, possibly with inner {@code ,} or {@code .}: never split by the repetition rule. */
    static final String NUM = "<NUM>";
    static final String URL = "<URL>";
    static final String EMAIL = "<EMAIL>";
    static final String MENTION = "<MENTION>";
    static final String EMOJI = "<EMOJI>";
    static final String EMOTICON = "<EMOTICON>";
    /** A run of one punctuation mark ({@code ...}, {@code --}) or of {@code !} and {@code ?} mixed ({@code ?!}). */
    static final String PUNCT = "<PUNCT>";
    /** Any other single code point: currency, maths, unassigned. */
    static final String SYMBOL = "<SYMBOL>";
    /** A token a filter added ({@code xxmaj}, the count after {@code xxrep}): later filters leave it alone. */
    static final String SPECIAL = "<SPECIAL>";

    private TokenTypes() {
    }
}
