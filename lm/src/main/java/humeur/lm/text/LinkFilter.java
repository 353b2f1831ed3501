package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;

/**
 * Replaces each URL by {@code xxurl} and each e-mail address by {@code xxemail}. That a link was shared says something;
 * the address itself is one-off noise to a vocabulary, and private: models must not learn it.
 */
final class LinkFilter extends TokenFilter {
    static final String URL = "xxurl";
    static final String EMAIL = "xxemail";
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    LinkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (TokenTypes.URL.equals(type.type())) {
            term.setEmpty().append(URL);
        } else if (TokenTypes.EMAIL.equals(type.type())) {
            term.setEmpty().append(EMAIL);
        }
        return true;
    }
}
