package humeur.ingest.reviews;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where one field is on a page, as a profile writes it: a CSS selector read as text ({@code .stareval-note}), a
 * selector and an attribute ({@code a.author @title}), or an attribute of the element itself ({@code @id});
 * optionally narrowed by a regular expression whose first group is the value.
 *
 * @param key       the profile key it comes from, to name it in errors
 * @param written   the rule as the profile wrote it
 * @param selector  the compiled selector, null for the element itself
 * @param attribute the attribute to read, null for the text
 * @param pattern   the expression narrowing the value, or null
 */
record FieldRule(String key, String written, Evaluator selector, String attribute, Pattern pattern) {

    /**
     * Parses a rule.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static FieldRule parse(String key, String written, String pattern) {
        String rule = written.strip();
        int at = rule.startsWith("@") ? 0 : rule.lastIndexOf(" @");
        String css = at < 0 ? rule : rule.substring(0, at).strip();
        String attribute = at < 0 ? null : rule.substring(at).strip().substring(1);
        if (attribute != null && !attribute.matches("[A-Za-z_:][-A-Za-z0-9_:.]*")) {
            throw new IllegalArgumentException("'@" + attribute + "' is not an attribute name");
        }
        if (css.isEmpty() && attribute == null) {
            throw new IllegalArgumentException("empty");
        }
        return new FieldRule(key, rule, css.isEmpty() ? null : selector(css), attribute, compile(pattern));
    }

    /** Compiles a CSS selector, or says why it cannot be. */
    static Evaluator selector(String css) {
        try {
            return QueryParser.parse(css);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("'" + css + "' is not a CSS selector (" + e.getMessage() + ")");
        }
    }

    private static Pattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        try {
            Pattern p = Pattern.compile(pattern.strip());
            if (p.matcher("").groupCount() < 1) {
                throw new IllegalArgumentException("the pattern '" + pattern + "' has no group (...) for the value");
            }
            return p;
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a regular expression ("
                    + e.getDescription() + ")");
        }
    }

    /** The element the rule reads in {@code scope}, or null if its selector matches nothing there. */
    Element find(Element scope) {
        return selector == null ? scope : scope.selectFirst(selector);
    }

    /** The value in {@code scope}, trimmed, or null when missing or blank. */
    String read(Element scope) {
        Element e = find(scope);
        return e == null ? null : narrow(attribute == null ? e.text() : e.attr(attribute));
    }

    /** Narrows a raw value with the pattern; null when blank or when the pattern does not find it. */
    String narrow(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (pattern != null && !v.isEmpty()) {
            Matcher m = pattern.matcher(v);
            v = m.find() && m.group(1) != null ? m.group(1).strip() : "";
        }
        return v.isEmpty() ? null : v;
    }

    @Override
    public String toString() {
        return key + " = " + written;
    }
}
