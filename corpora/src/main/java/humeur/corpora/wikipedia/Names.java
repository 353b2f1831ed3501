package humeur.corpora.wikipedia;

/** Template and category names compared as MediaWiki compares them, and a little more loosely. */
final class Names {
    private Names() {
    }

    /** Lower case, apostrophes straight, underscores and whitespace runs as one space, trimmed. */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c == '’' ? '\'' : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
