package humeur.corpora;

/**
 * Tidies a text for training: control characters (tabs and line breaks included) become spaces, runs of whitespace
 * become one space, and the ends are trimmed. No-break spaces are kept, since French typography puts them before
 * {@code : ; ? !}; letters, case and punctuation are left to the tokeniser.
 */
public final class CleanText {
    private CleanText() {
    }

    /** The tidied text: possibly empty, {@code text} itself when it was already tidy. */
    public static String of(String text) {
        int n = text.length();
        boolean tidy = n == 0 || (!isSpace(text.charAt(0)) && !isSpace(text.charAt(n - 1)));
        for (int i = 0; tidy && i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                tidy = false;
            }
        }
        if (tidy) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is whitespace or a control character (C0, DEL, C1), all of which read as a space. */
    static boolean isSpace(char c) {
        return c <= ' ' || (c >= 0x7F && c <= 0x9F) || (c > 0x9F && Character.isWhitespace(c));
    }
}
