package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Writes the typographic apostrophes {@code ’} and {@code ʼ} inside words as {@code '}, so that {@code l’été} and
 * {@code l'été} are one token to the vocabulary: phones type one, word processors the other.
 */
final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    ApostropheFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (TokenTypes.WORD.equals(type.type())) {
            char[] buffer = term.buffer();
            for (int i = 0, n = term.length(); i < n; i++) {
                if (buffer[i] == '\u2019' || buffer[i] == '\u02BC') {
                    buffer[i] = '\'';
                }
            }
        }
        return true;
    }
}
