package humeur.corpora.wikipedia;

/**
 * Pairs the double brackets of wikitext, {@code {{ }}} and {@code [[ ]]}, with one stack as MediaWiki's preprocessor
 * does: a closer pairs with the nearest open bracket of its kind, and open brackets of the other kind above it are
 * left unpaired ({@code {{a|[[b}}} closes the template, the link stays text). Linear: each opener is pushed and
 * popped at most once, and a closer with no opener of its kind on the stack pops nothing.
 */
final class Brackets {
    private Brackets() {
    }

    /**
     * For each paired bracket, the position of its partner: {@code partner[open] = close} and
     * {@code partner[close] = open}, both positions of the bracket's first character; -1 everywhere else.
     */
    static int[] pair(String s) {
        int n = s.length();
        int[] partner = new int[n];
        java.util.Arrays.fill(partner, -1);
        int[] stack = new int[64];
        int depth = 0;
        int openBraces = 0;
        int openLinks = 0;
        int i = 0;
        while (i < n - 1) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if ((c == '{' || c == '[') && next == c) {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
                if (c == '{') {
                    openBraces++;
                } else {
                    openLinks++;
                }
                i += 2;
            } else if ((c == '}' || c == ']') && next == c) {
                char opener = c == '}' ? '{' : '[';
                if ((opener == '{' ? openBraces : openLinks) > 0) {
                    while (true) {
                        int open = stack[--depth];
                        if (s.charAt(open) == '{') {
                            openBraces--;
                        } else {
                            openLinks--;
                        }
                        if (s.charAt(open) == opener) {
                            partner[open] = i;
                            partner[i] = open;
                            break;
                        }
                    }
                }
                i += 2;
            } else {
                i++;
            }
        }
        return partner;
    }
}
