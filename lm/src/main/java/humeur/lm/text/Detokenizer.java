package humeur.lm.text;

import java.util.List;
import java.util.Locale;

/**
 * Turns fastai-style tokens back into readable French, simply: words joined by spaces, {@code xxmaj} capitalising
 * and {@code xxup} upper-casing the next word, {@code xxbos} and padding dropped, an elided article glued to the next
 * word ({@code l'} {@code amour} → {@code l'amour}), and no space before a comma or a full stop. French typography
 * keeps a space before {@code ! ? : ;}, so those stay apart. Not an exact inverse of the tokeniser: for reading only.
 */
public final class Detokenizer {
    private Detokenizer() {
    }

    /** The text {@code tokens} spell out. */
    public static String detokenize(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        boolean capitalise = false;
        boolean upper = false;
        boolean glue = true; // nothing before the first word
        for (String token : tokens) {
            switch (token) {
                case SpecialTokens.BOS, SpecialTokens.PAD -> {
                    continue;
                }
                case SpecialTokens.MAJ -> {
                    capitalise = true;
                    continue;
                }
                case SpecialTokens.UP -> {
                    upper = true;
                    continue;
                }
                default -> {
                }
            }
            String word = upper ? token.toUpperCase(Locale.FRENCH) : capitalise ? capitalised(token) : token;
            capitalise = false;
            upper = false;
            if (!glue && !isClosingPunctuation(word)) {
                text.append(' ');
            }
            text.append(word);
            glue = word.endsWith("'") && word.length() > 1;
        }
        return text.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.FRENCH)
                + word.substring(word.offsetByCodePoints(0, 1));
    }

    private static boolean isClosingPunctuation(String word) {
        return word.equals(",") || word.equals(".") || word.equals("…") || word.equals(")");
    }
}
