package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter that may replace a token by several ({@code L'amour} → {@code L'} {@code amour}). Subclasses look at the
 * current token in {@link #expand()} and call {@link #add} for each replacement; the replacements share the source
 * token's offsets. Tokens left alone cost no state capture, which matters: most tokens are left alone.
 */
abstract class ExpandingFilter extends TokenFilter {
    protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    protected final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final List<String> terms = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private int next;
    private State source;

    ExpandingFilter(TokenStream input) {
        super(input);
    }

    /** Inspects the current token and calls {@link #add} for its replacements, or nothing to keep it. */
    protected abstract void expand();

    /** Queues {@code text}, of type {@code tokenType}, as the next replacement of the current token. */
    protected final void add(CharSequence text, String tokenType) {
        terms.add(text.toString());
        types.add(tokenType);
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (next < terms.size()) {
            restoreState(source);
            setNext();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        terms.clear();
        types.clear();
        next = 0;
        expand();
        if (!terms.isEmpty()) {
            source = captureState();
            setNext();
        }
        return true;
    }

    private void setNext() {
        term.setEmpty().append(terms.get(next));
        type.setType(types.get(next));
        next++;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms.clear();
        types.clear();
        next = 0;
        source = null;
    }
}
