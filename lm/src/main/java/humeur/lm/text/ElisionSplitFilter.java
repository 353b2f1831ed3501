package humeur.lm.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Splits a French elided article or pronoun from its word, apostrophe kept: {@code l'amour} → {@code l'} {@code amour},
 * {@code qu'il} → {@code qu'} {@code il}. Lucene's {@code ElisionFilter} drops the article, which a language model
 * needs; the articles are Lucene's French ones ({@code l m t qu n s j d c jusqu quoiqu lorsqu puisqu}), any case.
 * Words whose apostrophe is not an elision stay whole ({@code aujourd'hui}); elisions in a row all split.
 * Runs after {@link ApostropheFilter}.
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
        int start = 0;
        for (int apostrophe; (apostrophe = elision(buffer, start, length)) > 0; start = apostrophe + 1) {
            add(term.subSequence(start, apostrophe + 1), TokenTypes.WORD);
        }
        if (start > 0) {
            add(term.subSequence(start, length), TokenTypes.WORD);
        }
    }

    /** The apostrophe ending an elision at {@code start} with more of the word after it, or -1. */
    private static int elision(char[] buffer, int start, int length) {
        for (int i = start + 1; i < Math.min(length - 1, start + 8); i++) {
            if (buffer[i] == '\'') {
                return ARTICLES.contains(buffer, start, i - start) ? i : -1;
            }
        }
        return -1;
    }
}
