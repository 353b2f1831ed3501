package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;

/**
 * Replaces each @mention by {@code @user}, the convention of the French tweet sets (DEFT 2017) we evaluate on.
 * Who is addressed is private and one-off; that someone is addressed is kept.
 */
final class MentionFilter extends TokenFilter {
    static final String USER = "@user";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    MentionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (TokenTypes.MENTION.equals(type.type())) {
            term.setEmpty().append(USER);
        }
        return true;
    }
}
