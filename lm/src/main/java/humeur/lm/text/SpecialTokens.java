package humeur.lm.text;

import java.util.List;
import java.util.Set;

/**
 * fastai's special tokens. Their order is their id in every vocabulary, word or subword: models trained elsewhere
 * with fastai put padding at 1, and so do we.
 */
public final class SpecialTokens {
    /** Unknown token, id 0. */
    public static final String UNK = "xxunk";
    /** Padding, id 1. */
    public static final String PAD = "xxpad";
    /** Beginning of a text, id 2. */
    public static final String BOS = "xxbos";
    /** End of a text, id 3 (kept for fastai compatibility; the analyzer does not emit it). */
    public static final String EOS = "xxeos";
    /** Field separator, id 4 (kept for fastai compatibility). */
    public static final String FLD = "xxfld";
    /** Followed by a count and a character repeated that many times, id 5. */
    public static final String REP = "xxrep";
    /** Followed by a count and a word repeated that many times in a row, id 6. */
    public static final String WREP = "xxwrep";
    /** Before a word that was written in capitals, id 7. */
    public static final String UP = "xxup";
    /** Before a word that was capitalised, id 8. */
    public static final String MAJ = "xxmaj";

    /** All special tokens, in id order. */
    public static final List<String> ALL = List.of(UNK, PAD, BOS, EOS, FLD, REP, WREP, UP, MAJ);
    private static final Set<String> SET = Set.copyOf(ALL);

    private SpecialTokens() {
    }

    /** Whether {@code token} is one of {@link #ALL}. */
    public static boolean isSpecial(String token) {
        return SET.contains(token);
    }
}
