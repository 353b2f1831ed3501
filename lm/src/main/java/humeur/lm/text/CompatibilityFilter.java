package humeur.lm.text;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Unicode NFKC: composes accents typed as combining marks (macOS and iOS exports), and folds the look-alikes chat
 * writers use for style (𝐛𝐨𝐧 → bon, ｆｕｌｌ → full, ﬁ → fi, … → ...). Lucene's {@code ICUNormalizer2Filter} would do
 * the same but can leave a space inside a token ({@code ¨} decomposes to space + diaeresis); tokens never hold spaces.
 */
final class CompatibilityFilter extends TokenFilter {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder normalised = new StringBuilder();

    CompatibilityFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isAscii() || NFKC.isNormalized(term)) {
            return true;
        }
        normalised.setLength(0);
        NFKC.normalize(term, normalised);
        int kept = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                normalised.setCharAt(kept++, c);
            }
        }
        if (kept > 0) {
            normalised.setLength(kept);
            term.setEmpty().append(normalised);
        }
        return true;
    }

    private boolean isAscii() {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
