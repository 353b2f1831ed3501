package humeur.lm.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Splits a French elided article or pronoun from its word, apostrophe kept: {@code l'amour} → {@code l'} {@code amour},
 * {@code qu'il} → {@code qu'} {@code il}. Lucene's {@code ElisionFilter} drops the article, which a language model
 * needs; the articles are Lucene's French ones ({@code l m t qu n s j d c jusqu quoiqu lorsqu puisqu}), any case.
 * Words whose apostrophe is not an elision stay whole ({@code aujourd'hui}). Runs after {@link ApostropheFilter}.
 */
final class ElisionSplitFilter extends ExpandingFilter {
    private static final CharArraySet ARTICLES = FrenchAnalyzer.DEFAULT_ARTICLES;

    ElisionSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected void expand() {
        if (!TokenTypes.WORD.equals(type.type())) {
            return;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int apostrophe = -1;
        for (int i = 1; i < Math.min(length - 1, 8); i++) {
            if (buffer[i] == '\'') {
                apostrophe = i;
                break;
            }
        }
        if (apostrophe > 0 && ARTICLES.contains(buffer, 0, apostrophe)) {
            add(term.subSequence(0, apostrophe + 1), TokenTypes.WORD);
            add(term.subSequence(apostrophe + 1, length), TokenTypes.WORD);
        }
    }
}
