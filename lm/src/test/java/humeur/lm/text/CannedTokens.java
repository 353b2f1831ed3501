package humeur.lm.text;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * A token stream of given tokens, to test one filter without the tokenizer in front of it. A token is written
 * {@code term} (a word) or {@code term/TYPE} ({@code :)/EMOTICON}); offsets are those of the tokens joined by spaces.
 */
final class CannedTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final List<String[]> tokens = new ArrayList<>();
    private int next;
    private int position;

    private CannedTokens(String... tokens) {
        for (String token : tokens) {
            int slash = token.lastIndexOf('/');
            boolean typed = slash > 0 && slash < token.length() - 1
                    && token.substring(slash + 1).chars().allMatch(Character::isUpperCase);
            this.tokens.add(typed ? new String[] {token.substring(0, slash), ("<" + token.substring(slash + 1) + ">").intern()}
                    : new String[] {token, TokenTypes.WORD});
        }
    }

    static CannedTokens of(String... tokens) {
        return new CannedTokens(tokens);
    }

    @Override
    public boolean incrementToken() {
        if (next == tokens.size()) {
            return false;
        }
        clearAttributes();
        String[] token = tokens.get(next++);
        term.append(token[0]);
        type.setType(token[1]);
        offset.setOffset(position, position + token[0].length());
        position += token[0].length() + 1;
        return true;
    }

    @Override
    public void reset() {
        next = 0;
        position = 0;
    }
}
