package humeur.corpora.wikipedia;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The first pass: drops HTML comments, the tags MediaWiki knows and, for tags whose content is not prose
 * (references, galleries, formulas, code, score…), their content too. Other tags keep their text. Text that merely
 * looks like a tag ({@code a <b et c> d} with an unknown name) is left alone, as MediaWiki does. Linear: a search
 * for a closing tag that fails is remembered, so an unclosed {@code <ref>} repeated a thousand times is not a
 * thousand scans to the end.
 */
final class TagStripper {
    /** Tags whose whole content is dropped. */
    private static final Set<String> DROP = Set.of("ref", "references", "gallery", "math", "chem", "ce", "score",
            "timeline", "syntaxhighlight", "source", "pre", "imagemap", "graph", "mapframe", "maplink", "templatedata",
            "hiero", "inputbox", "categorytree", "includeonly", "table", "templatestyles", "indicator");
    /** Tags dropped with their content kept. */
    private static final Set<String> KEEP = Set.of("b", "i", "u", "s", "em", "strong", "small", "big", "sup", "sub",
            "span", "div", "p", "center", "font", "code", "tt", "kbd", "var", "samp", "abbr", "cite", "dfn", "q",
            "blockquote", "nowiki", "poem", "strike", "del", "ins", "mark", "bdi", "bdo", "ruby", "rb", "rt", "rp",
            "wbr", "time", "data", "ol", "ul", "li", "dl", "dt", "dd", "noinclude", "onlyinclude", "section", "caption", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6");

    private final String s;
    private final StringBuilder out;
    private final Set<String> unclosed = new HashSet<>();

    private TagStripper(String s) {
        this.s = s;
        this.out = new StringBuilder(s.length());
    }

    /** {@code wikitext} without comments and tags. */
    static String strip(String wikitext) {
        if (wikitext.indexOf('<') < 0) {
            return wikitext;
        }
        return new TagStripper(wikitext).run();
    }

    private String run() {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                out.append(s, i, n);
                break;
            }
            out.append(s, i, lt);
            i = lt;
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            i = tag(i);
        }
        return out.toString();
    }

    /** Handles what starts with {@code <} at {@code i}; returns where to go on. */
    private int tag(int i) {
        int n = s.length();
        int j = i + 1;
        boolean closing = j < n && s.charAt(j) == '/';
        if (closing) {
            j++;
        }
        int nameStart = j;
        while (j < n && j - nameStart < 20 && isNameChar(s.charAt(j))) {
            j++;
        }
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        boolean known = DROP.contains(name) || KEEP.contains(name) || name.equals("br");
        if (!known || (j < n && !isNameEnd(s.charAt(j)))) {
            out.append('<');
            return i + 1;
        }
        // the end of the tag: the next '>', unless a '<' comes first, which makes this no tag at all
        int end = j;
        while (end < n && s.charAt(end) != '>' && s.charAt(end) != '<') {
            end++;
        }
        if (end == n || s.charAt(end) == '<') {
            out.append('<');
            return i + 1;
        }
        boolean selfClosing = s.charAt(end - 1) == '/';
        if (name.equals("br")) {
            out.append(' ');
        } else if (DROP.contains(name)) {
            out.append(Wikitext.DROPPED);
            if (!closing && !selfClosing) {
                int close = closeOf(name, end + 1);
                return close < 0 ? end + 1 : close;
            }
        }
        return end + 1;
    }

    /** Where the text after the closing tag of {@code name} starts, searching from {@code from}; -1 if it never closes. */
    private int closeOf(String name, int from) {
        if (unclosed.contains(name)) {
            return -1;
        }
        int n = s.length();
        for (int at = s.indexOf("</", from); at >= 0; at = s.indexOf("</", at + 2)) {
            if (s.regionMatches(true, at + 2, name, 0, name.length())) {
                int j = at + 2 + name.length();
                while (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && s.charAt(j) == '>') {
                    return j + 1;
                }
            }
        }
        unclosed.add(name);
        return -1;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n';
    }
}
