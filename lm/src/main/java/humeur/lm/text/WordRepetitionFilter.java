package humeur.lm.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * fastai's {@code xxwrep}: the same token {@value #MIN_REPEATS} or more times in a row becomes {@code xxwrep n token}:
 * {@code non non non} → {@code xxwrep 3 non}, {@code 😍😍😍} → {@code xxwrep 3 😍}. Comparison is exact, case included,
 * as in fastai; it runs before the case filters, which then mark the one word kept.
 */
final class WordRepetitionFilter extends TokenFilter {
    static final int MIN_REPEATS = 3;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final ArrayDeque<State> queued = new ArrayDeque<>();
    private final StringBuilder first = new StringBuilder();
    private State lookahead;
    private boolean exhausted;

    WordRepetitionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!queued.isEmpty()) {
            restoreState(queued.poll());
            return true;
        }
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (TokenTypes.SPECIAL.equals(type.type())) {
            return true;
        }
        State firstState = captureState();
        String firstType = type.type();
        first.setLength(0);
        first.append(term);
        int repeats = 1;
        while (true) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            if (!type.type().equals(firstType) || !sameAsFirst()) {
                lookahead = captureState();
                break;
            }
            repeats++;
            if (repeats < MIN_REPEATS) {
                queued.add(captureState());
            }
        }
        if (repeats >= MIN_REPEATS) {
            queued.clear();
            restoreState(firstState);
            term.setEmpty().append(Integer.toString(repeats));
            type.setType(TokenTypes.SPECIAL);
            queued.add(captureState());
            queued.add(firstState);
            restoreState(firstState);
            term.setEmpty().append(SpecialTokens.WREP);
            type.setType(TokenTypes.SPECIAL);
            return true;
        }
        restoreState(firstState);
        return true;
    }

    private boolean sameAsFirst() {
        int length = term.length();
        if (length != first.length()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < length; i++) {
            if (buffer[i] != first.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        queued.clear();
        lookahead = null;
        exhausted = false;
    }
}
