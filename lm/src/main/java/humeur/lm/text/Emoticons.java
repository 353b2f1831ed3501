package humeur.lm.text;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Western and Japanese emoticons chat writers use, matched longest first. Ambiguous faces that read as ordinary
 * text are left out on purpose: {@code 8)} and {@code B)} close parentheses, {@code D:} starts a label.
 */
final class Emoticons {
    private static final String[] FACES = {
            ":)", ":-)", ":(", ":-(", ":D", ":-D", ";)", ";-)", ";(", ";D", ":P", ":-P", ":p", ":-p", ";P", ";p",
            ":'(", ":'-(", ":')", ":/", ":-/", ":\\", ":o", ":O", ":-o", ":-O", ":|", ":-|", ":*", ":-*", ":3",
            ":$", ":s", ":S", ":]", ":[", ":>", ":<", ":^)", "=)", "=(", "=D", "=/", "=P",
            "<3", "</3", "^^", "^_^", "^.^", "^-^", "-_-", "-.-", ">_<", ">.<", ">:(", ">:)",
            "xD", "XD", "x)", "X)", "xP", "XP", "T_T", "o_O", "O_o", "o_o", "O_O", "o/", "\\o/", "\\o"};
    private static final char[][] BY_LENGTH = Arrays.stream(FACES)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(String::toCharArray).toArray(char[][]::new);
    /** Last characters people repeat for emphasis ({@code :)))}, {@code xDDD}, {@code <333}); not the slash of {@code ://}. */
    private static final String REPEATABLE = ")(DPp3^";
    private static final boolean[] STARTS = new boolean[128];

    static {
        for (String face : FACES) {
            STARTS[face.charAt(0)] = true;
        }
    }

    private Emoticons() {
    }

    /** Whether an emoticon may start with {@code c}: a cheap test before {@link #match}. */
    static boolean mayStartWith(int c) {
        return c < 128 && STARTS[c];
    }

    /**
     * The end of the emoticon at {@code start}, repeats of its last character included, or -1.
     * A face made of or bounded by letters must stand apart from words: {@code xD} but not {@code xDebian},
     * {@code :D} but not {@code :Debian}.
     */
    static int match(char[] text, int start, int limit) {
        for (char[] face : BY_LENGTH) {
            if (!startsWith(text, start, limit, face)) {
                continue;
            }
            char last = face[face.length - 1];
            int end = start + face.length;
            while (end < limit && text[end] == last && REPEATABLE.indexOf(last) >= 0) {
                end++;
            }
            if (isWordChar(face[0]) && start > 0 && isWordChar(text[start - 1])
                    || isWordChar(last) && end < limit && isWordChar(text[end])) {
                return -1;
            }
            return end;
        }
        return -1;
    }

    private static boolean startsWith(char[] text, int start, int limit, char[] face) {
        if (limit - start < face.length) {
            return false;
        }
        for (int i = 0; i < face.length; i++) {
            if (text[start + i] != face[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
