package humeur.lm.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * fastai's {@code xxrep}: a character written {@value #MIN_RUN} or more times in a row becomes {@code xxrep n c}, inside
 * words and punctuation runs: {@code trooooop} → {@code tr xxrep 5 o p}, {@code !!!} → {@code xxrep 3 !}. Numbers
 * ({@code 2000}) are left whole, and so is the ellipsis {@code ...}, a punctuation mark of its own rather than emphasis.
 * Runs after the case filters, so that {@code NOOON} keeps its {@code xxup}.
 */
final class CharRepetitionFilter extends ExpandingFilter {
    static final int MIN_RUN = 3;

    CharRepetitionFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected void expand() {
        String tokenType = type.type();
        if (!TokenTypes.WORD.equals(tokenType) && !TokenTypes.PUNCT.equals(tokenType) || isEllipsis() || !hasRun()) {
            return;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int pieceStart = 0;
        for (int i = 0; i < length; ) {
            int cp = Character.codePointAt(buffer, i, length);
            int width = Character.charCount(cp);
            int end = i + width;
            int run = 1;
            while (end + width <= length && Character.codePointAt(buffer, end, length) == cp) {
                end += width;
                run++;
            }
            if (run >= MIN_RUN) {
                if (i > pieceStart) {
                    add(term.subSequence(pieceStart, i), tokenType);
                }
                add(SpecialTokens.REP, TokenTypes.SPECIAL);
                add(Integer.toString(run), TokenTypes.SPECIAL);
                add(Character.toString(cp), tokenType);
                pieceStart = end;
            }
            i = end;
        }
        if (pieceStart < length) {
            add(term.subSequence(pieceStart, length), tokenType);
        }
    }

    private boolean isEllipsis() {
        return term.length() == 3 && term.charAt(0) == '.' && term.charAt(1) == '.' && term.charAt(2) == '.';
    }

    /** A cheap look for three equal chars in a row before the exact, code point by code point, split. */
    private boolean hasRun() {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i + 2 < n; i++) {
            if (buffer[i] == buffer[i + 2] && (buffer[i] == buffer[i + 1] || Character.isHighSurrogate(buffer[i]))) {
                return true;
            }
        }
        return false;
    }
}
