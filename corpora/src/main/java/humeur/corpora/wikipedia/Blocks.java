package humeur.corpora.wikipedia;

import humeur.corpora.CleanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The third pass, line by line: drops headings, tables ({@code {| … |}}, nested), table rows left over from a
 * table a template opened, horizontal rules, and the sections of a page that hold references and links rather than
 * prose ({@code == Notes et références ==}, {@code == Voir aussi ==}…) down to the next heading of their level or
 * above. Joins consecutive text lines into a paragraph, as MediaWiki does; a blank line ends one, and so does each
 * list item, which is a paragraph of its own with its bullets removed. HTML entities are decoded last, so that an
 * escaped {@code &lt;ref&gt;} stays text. A paragraph without a letter is no paragraph.
 */
final class Blocks {
    private static final Set<String> REFERENCE_SECTIONS = Set.of("notes et références", "notes", "références",
            "référence", "notes et sources", "sources", "source", "voir aussi", "liens externes", "lien externe",
            "articles connexes", "article connexe", "bibliographie", "annexes", "webographie", "galerie",
            "galerie d'images", "filmographie sélective");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private int tableDepth;
    private int skippedSection = Integer.MAX_VALUE;

    private Blocks() {
    }

    /** The paragraphs of rendered wikitext. */
    static List<String> paragraphs(String rendered) {
        Blocks blocks = new Blocks();
        int start = 0;
        while (start <= rendered.length()) {
            int end = rendered.indexOf('\n', start);
            if (end < 0) {
                end = rendered.length();
            }
            blocks.line(rendered.substring(start, end));
            start = end + 1;
        }
        blocks.flush();
        return blocks.paragraphs;
    }

    private void line(String raw) {
        String line = trim(raw);
        if (line.startsWith("{|")) {
            tableDepth++;
            flush();
            return;
        }
        if (tableDepth > 0) {
            if (line.startsWith("|}")) {
                tableDepth--;
            }
            return;
        }
        int level = headingLevel(line);
        if (level > 0) {
            flush();
            if (level <= skippedSection) {
                String title = Names.normalise(line.substring(level, line.length() - level).replace(String.valueOf(Wikitext.DROPPED), ""));
                skippedSection = REFERENCE_SECTIONS.contains(title) ? level : Integer.MAX_VALUE;
            }
            return;
        }
        if (skippedSection != Integer.MAX_VALUE) {
            return;
        }
        if (line.isEmpty()) {
            if (raw.isBlank()) {
                flush();
            }
            return;
        }
        if (line.startsWith("|") || line.startsWith("----")) {
            flush();
            return;
        }
        int bullets = 0;
        while (bullets < line.length() && "*#:;".indexOf(line.charAt(bullets)) >= 0) {
            bullets++;
        }
        if (bullets > 0) {
            flush();
            paragraph.append(line, bullets, line.length());
            flush();
            return;
        }
        if (paragraph.length() > 0) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /** The level of a heading line ({@code == Titre ==} is 2), or 0 when it is not one. */
    private static int headingLevel(String line) {
        if (line.length() < 3 || line.charAt(0) != '=' || line.charAt(line.length() - 1) != '=') {
            return 0;
        }
        int open = 0;
        while (open < line.length() && line.charAt(open) == '=') {
            open++;
        }
        int close = 0;
        while (close < line.length() && line.charAt(line.length() - 1 - close) == '=') {
            close++;
        }
        int level = Math.min(Math.min(open, close), 6);
        return 2 * level < line.length() ? level : 0;
    }

    /**
     * Mends what dropped templates leave in a sentence: empty parentheses ({@code Lyon ( ; en Liyon)} once the
     * pronunciation is gone) and a space before a full stop or comma, which French typography never has.
     */
    static String tidyHoles(String text) {
        if (text.indexOf('(') < 0 && text.indexOf(" .") < 0 && text.indexOf(" ,") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int open = openParenthesisAtEnd(out);
            if (open >= 0 && (c == ')' || c == ';' || c == ',')) {
                if (c == ')') {
                    out.setLength(open);
                    trimEnd(out);
                } else {
                    trimEnd(out);
                    while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                        i++;
                    }
                }
                continue;
            }
            if ((c == '.' || c == ',') && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                trimEnd(out);
            }
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** Where a {@code (} ends {@code out}, maybe followed by one space; -1 if it does not. */
    private static int openParenthesisAtEnd(StringBuilder out) {
        int end = out.length() > 0 && out.charAt(out.length() - 1) == ' ' ? out.length() - 1 : out.length();
        return end > 0 && out.charAt(end - 1) == '(' ? end - 1 : -1;
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** {@code line} without whitespace and dropped-markup marks at its ends. */
    private static String trim(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && (line.charAt(from) == Wikitext.DROPPED || Character.isWhitespace(line.charAt(from)))) {
            from++;
        }
        while (to > from && (line.charAt(to - 1) == Wikitext.DROPPED || Character.isWhitespace(line.charAt(to - 1)))) {
            to--;
        }
        return line.substring(from, to);
    }

    private void flush() {
        if (paragraph.length() == 0) {
            return;
        }
        String text = tidyHoles(CleanText.of(Entities.decode(paragraph.toString().replace(String.valueOf(Wikitext.DROPPED), ""))));
        paragraph.setLength(0);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                paragraphs.add(text);
                return;
            }
        }
    }
}
