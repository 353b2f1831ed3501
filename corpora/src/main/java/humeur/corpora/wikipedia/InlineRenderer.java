package humeur.corpora.wikipedia;

import java.util.ArrayList;
import java.util.List;

/**
 * The second pass: renders the inline markup of tag-free wikitext. Templates are dropped, except the few that write
 * words into sentences ({@link InlineTemplates}); files, categories and interlanguage links are dropped; other links
 * become their text ({@code [[Paris|la capitale]]} → {@code la capitale}, {@code [[Paris]]} → {@code Paris});
 * external links become their label; bold and italic quotes and behaviour switches ({@code __NOTOC__}) go.
 * Unpaired brackets are dropped, the text around them kept. Iterative over {@link Brackets}'s pairs: a link's text
 * is rendered in place and its closing brackets skipped, so nesting costs no recursion; only template parameters
 * recurse, at most {@value #MAX_TEMPLATE_DEPTH} levels deep.
 */
final class InlineRenderer {
    static final int MAX_TEMPLATE_DEPTH = 2;
    private static final int MAX_EXTERNAL_LINK = 2000;
    private static final String[] SCHEMES = {"http://", "https://", "//", "ftp://", "sftp://", "mailto:", "irc://", "news:"};

    private final String s;
    private final int[] partner;
    private final StringBuilder out;
    private boolean disambiguation;

    InlineRenderer(String s) {
        this.s = s;
        this.partner = Brackets.pair(s);
        this.out = new StringBuilder(s.length());
    }

    /** The whole text rendered. */
    String render() {
        render(0, s.length(), 0);
        return out.toString();
    }

    /** Whether a disambiguation template or category was met while rendering. */
    boolean disambiguation() {
        return disambiguation;
    }

    /** Renders {@code s[from, to)}, inside {@code depth} templates. */
    void render(int from, int to, int depth) {
        int i = from;
        int externalClose = -1;
        while (i < to) {
            char c = s.charAt(i);
            char next = i + 1 < to ? s.charAt(i + 1) : 0;
            if (c == '{' && next == '{') {
                i = template(i, to, depth);
            } else if (c == '[' && next == '[') {
                i = link(i, to);
            } else if ((c == '}' || c == ']') && next == c) {
                i += 2;
            } else if (c == '[' && externalLink(i, to)) {
                externalClose = externalEnd;
                i = externalText;
            } else if (c == ']' && i == externalClose) {
                i++;
            } else if (c == '\'' && next == '\'') {
                i = quotes(i, to);
            } else if (c == '_' && next == '_' && magicWordEnd(i, to) > 0) {
                i = magicWordEnd(i, to);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private int template(int i, int to, int depth) {
        int close = partner[i];
        if (close < 0 || close >= to) {
            return i + 2;
        }
        List<Param> params = params(i + 2, close);
        String name = s.substring(params.get(0).from(), params.get(0).to()).strip();
        String key = name.length() < 80 ? Names.normalise(name) : "";
        if (Disambiguation.isTemplate(key)) {
            disambiguation = true;
        }
        if (depth >= MAX_TEMPLATE_DEPTH || !InlineTemplates.render(name, key, params.subList(1, params.size()), this, depth + 1)) {
            out.append(Wikitext.DROPPED);
        }
        return close + 2;
    }

    private int link(int i, int to) {
        int close = partner[i];
        if (close < 0 || close >= to) {
            return i + 2;
        }
        int k = i + 2;
        while (k < close && !endsTarget(s.charAt(k))) {
            k++;
        }
        String target = s.substring(i + 2, k).strip();
        LinkTargets.Kind kind = LinkTargets.kind(target);
        if (kind != LinkTargets.Kind.TEXT) {
            if (kind == LinkTargets.Kind.CATEGORY && Disambiguation.isCategory(target)) {
                disambiguation = true;
            }
            out.append(Wikitext.DROPPED);
            return close + 2;
        }
        boolean piped = k < close && s.charAt(k) == '|';
        if (piped && k + 1 < close) {
            return k + 1;
        }
        out.append(LinkTargets.display(target));
        return piped ? close + 2 : k;
    }

    private static boolean endsTarget(char c) {
        return c == '|' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\n';
    }

    private int externalText;
    private int externalEnd;

    /** Whether {@code [} at {@code i} opens an external link on its line; sets where its label starts and where it ends. */
    private boolean externalLink(int i, int to) {
        boolean scheme = false;
        for (String prefix : SCHEMES) {
            scheme |= s.regionMatches(true, i + 1, prefix, 0, prefix.length());
        }
        if (!scheme) {
            return false;
        }
        int limit = Math.min(to, i + MAX_EXTERNAL_LINK);
        int space = -1;
        for (int k = i + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                return false;
            } else if (c == ']') {
                externalEnd = k;
                externalText = space < 0 ? k : space + 1;
                if (space < 0) {
                    out.append(Wikitext.DROPPED);
                }
                return true;
            } else if (c == ' ' && space < 0) {
                space = k;
            }
        }
        return false;
    }

    /** Drops a run of two or more apostrophes (italic, bold); four is an apostrophe then bold, as in MediaWiki. */
    private int quotes(int i, int to) {
        int j = i;
        while (j < to && s.charAt(j) == '\'') {
            j++;
        }
        int run = j - i;
        if (run == 4) {
            out.append('\'');
        } else if (run > 5) {
            out.append("'".repeat(run - 5));
        }
        return j;
    }

    /** The end of a behaviour switch such as {@code __NOTOC__} at {@code i}, or -1. */
    private int magicWordEnd(int i, int to) {
        int j = i + 2;
        while (j < to && j - i < 40 && Character.isUpperCase(s.charAt(j))) {
            j++;
        }
        return j > i + 2 && j + 1 < to && s.charAt(j) == '_' && s.charAt(j + 1) == '_' ? j + 2 : -1;
    }

    /** The parts of a template body {@code s[from, close)} between top-level pipes; the first is the name. */
    List<Param> params(int from, int close) {
        List<Param> params = new ArrayList<>();
        int start = from;
        int equals = -1;
        int i = from;
        while (i < close) {
            char c = s.charAt(i);
            if ((c == '{' || c == '[') && i + 1 < close && s.charAt(i + 1) == c && partner[i] > i && partner[i] < close) {
                i = partner[i] + 2;
                continue;
            }
            if (c == '|') {
                params.add(Param.of(s, start, i, equals));
                start = i + 1;
                equals = -1;
            } else if (c == '=' && equals < 0 && !params.isEmpty()) {
                equals = i;
            }
            i++;
        }
        params.add(Param.of(s, start, close, equals));
        return params;
    }

    /** Appends literal text. */
    void append(String text) {
        out.append(text);
    }

    /** The raw text of a parameter, trimmed, for templates that look at a value rather than render it. */
    String raw(Param param) {
        return s.substring(param.from(), param.to()).strip();
    }

    /**
     * A template parameter: {@code s[from, to)} is its value, trimmed of spaces at both ends.
     *
     * @param key the name of a named parameter ({@code texte=…}), null for a positional one
     */
    record Param(String key, int from, int to) {
        static Param of(String s, int start, int end, int equals) {
            String key = null;
            int from = start;
            if (equals >= 0 && equals - start < 40) {
                key = s.substring(start, equals).strip().toLowerCase(java.util.Locale.ROOT);
                from = equals + 1;
            }
            while (from < end && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            int to = end;
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            return new Param(key, from, to);
        }
    }
}
