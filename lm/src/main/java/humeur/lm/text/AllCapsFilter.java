package humeur.lm.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * fastai's {@code xxup}: puts {@code xxup} before a word written in capitals ({@code TROP} → {@code xxup} {@code TROP};
 * the lower-case filter later makes it {@code trop}), so that shouting is kept while the vocabulary holds one form.
 * A word counts when it has at least two letters, all upper-case: {@code J'} or {@code A4} is not shouting.
 */
final class AllCapsFilter extends ExpandingFilter {
    AllCapsFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected void expand() {
        if (!TokenTypes.WORD.equals(type.type())) {
            return;
        }
        char[] buffer = term.buffer();
        int upper = 0;
        for (int i = 0, n = term.length(); i < n; ) {
            int cp = Character.codePointAt(buffer, i, n);
            if (Character.isLowerCase(cp)) {
                return;
            }
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                upper++;
            }
            i += Character.charCount(cp);
        }
        if (upper >= 2) {
            add(SpecialTokens.UP, TokenTypes.SPECIAL);
            add(term, TokenTypes.WORD);
        }
    }
}
