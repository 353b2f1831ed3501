package humeur.lm.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * fastai's {@code xxmaj}: puts {@code xxmaj} before a capitalised word of more than one character ({@code Marie},
 * {@code L'}), an upper-case first letter and no other; the lower-case filter later lower-cases the word. Runs after
 * {@link AllCapsFilter}, whose words have several capitals and so are not marked twice.
 */
final class CapitalisedFilter extends ExpandingFilter {
    CapitalisedFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected void expand() {
        int length = term.length();
        if (!TokenTypes.WORD.equals(type.type()) || length < 2) {
            return;
        }
        char[] buffer = term.buffer();
        int first = Character.codePointAt(buffer, 0, length);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first) || Character.charCount(first) == length) {
            return;
        }
        for (int i = Character.charCount(first); i < length; ) {
            int cp = Character.codePointAt(buffer, i, length);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return;
            }
            i += Character.charCount(cp);
        }
        add(SpecialTokens.MAJ, TokenTypes.SPECIAL);
        add(term, TokenTypes.WORD);
    }
}
