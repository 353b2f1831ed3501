package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;

/**
 * fastai's {@code xxbos}: starts every text with {@code xxbos}, even an empty one, so that a language model reading
 * texts end to end sees where each begins.
 */
final class BeginningOfTextFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private boolean started;

    BeginningOfTextFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (started) {
            return input.incrementToken();
        }
        started = true;
        clearAttributes();
        term.append(SpecialTokens.BOS);
        type.setType(TokenTypes.SPECIAL);
        offset.setOffset(0, 0);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        started = false;
    }
}
