package humeur.lm.text;

/**
 * Finds URLs, e-mail addresses and @mentions in the tokenizer's buffer. Only URLs with a scheme or {@code www.} count:
 * a bare {@code example.fr} is as likely the end of one sentence run into the next.
 */
final class Links {
    private static final String[] URL_PREFIXES = {"https://", "http://", "ftp://", "www."};
    /** Characters that end a sentence rather than a URL when they come last. */
    private static final String TRAILING = ".,;:!?'\"’»…)]}";

    private Links() {
    }

    /** The end of the URL starting at {@code start}, or -1. */
    static int url(char[] text, int start, int limit) {
        char c = text[start];
        if (!(c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F')
                || start > 0 && Character.isLetterOrDigit(text[start - 1])) {
            return -1;
        }
        int body = -1;
        for (String prefix : URL_PREFIXES) {
            if (regionMatchesIgnoreCase(text, start, limit, prefix)) {
                body = start + prefix.length();
                break;
            }
        }
        if (body < 0) {
            return -1;
        }
        int end = body;
        int open = 0;
        while (end < limit) {
            int cp = Character.codePointAt(text, end, limit);
            int cls = CharClasses.of(cp);
            if (cls == CharClasses.SPACE || cls == CharClasses.IGNORED || cls == CharClasses.EMOJI
                    || cp == '<' || cp == '>' || cp == '"' || cp == '«' || cp == '»') {
                break;
            }
            open += cp == '(' ? 1 : cp == ')' ? -1 : 0;
            end += Character.charCount(cp);
        }
        // a closing parenthesis belongs to the URL when it closes one opened inside it (…/Paris_(ville))
        while (end > body && TRAILING.indexOf(text[end - 1]) >= 0 && !(text[end - 1] == ')' && open >= 0)) {
            open += text[end - 1] == ')' ? 1 : 0;
            end--;
        }
        for (int i = body; i < end; i++) {
            if (Character.isLetterOrDigit(text[i])) {
                return end;
            }
        }
        return -1;
    }

    /** The end of the e-mail address starting at {@code start}, or -1. */
    static int email(char[] text, int start, int limit) {
        int i = start;
        while (i < limit && (Character.isLetterOrDigit(text[i]) || "._%+-".indexOf(text[i]) >= 0)) {
            i++;
        }
        if (i == start || i >= limit || text[i] != '@') {
            return -1;
        }
        int end = -1;
        int labels = 0;
        int letters = 0;
        for (i++; ; i++) {
            int labelStart = i;
            letters = 0;
            while (i < limit && (Character.isLetterOrDigit(text[i]) || text[i] == '-')) {
                letters += Character.isLetter(text[i]) ? 1 : 0;
                i++;
            }
            if (i == labelStart) {
                break;
            }
            labels++;
            if (labels >= 2 && letters == i - labelStart && letters >= 2) {
                end = i;
            }
            if (i >= limit || text[i] != '.') {
                break;
            }
        }
        return end;
    }

    /**
     * The end of the @mention starting at {@code start} (on the {@code @}), or -1. A word just before it does not
     * matter ({@code via@marie}): the tokenizer has already ruled out an e-mail address, and a name must not leak.
     */
    static int mention(char[] text, int start, int limit) {
        int i = start + 1;
        while (i < limit) {
            char c = text[i];
            if (Character.isLetterOrDigit(c) || c == '_') {
                i++;
            } else if ((c == '.' || c == '-') && i + 1 < limit && Character.isLetterOrDigit(text[i + 1]) && i > start + 1) {
                i++;
            } else {
                break;
            }
        }
        return i > start + 1 ? i : -1;
    }

    private static boolean regionMatchesIgnoreCase(char[] text, int start, int limit, String prefix) {
        if (limit - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(text[start + i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
