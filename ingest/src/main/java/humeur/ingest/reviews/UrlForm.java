package humeur.ingest.reviews;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of page of a site, written the way people read URLs: {@code /film/fichefilm-{film}/critiques/spectateurs/},
 * with {@code {film}} and {@code {page}} where the film id and page number go. One form both recognises URLs and
 * builds them, so that every URL the crawl keeps is written one way and a page is never fetched twice under two
 * spellings. Forms match the path and query only: the host is the start URL's.
 */
final class UrlForm {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(film|page)}");

    private final String form;
    private final Pattern pattern;
    private final boolean hasPage;

    private UrlForm(String form, Pattern pattern, boolean hasPage) {
        this.form = form;
        this.pattern = pattern;
        this.hasPage = hasPage;
    }

    /**
     * Parses a form. It must start with {@code /} and hold {@code {film}}; {@code needsPage} says whether it must
     * hold {@code {page}} too.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static UrlForm parse(String form, boolean needsPage) {
        if (!form.startsWith("/")) {
            throw new IllegalArgumentException("must start with / (a path, without the host)");
        }
        if (!form.contains("{film}")) {
            throw new IllegalArgumentException("must hold {film}, where the film id goes");
        }
        if (needsPage != form.contains("{page}")) {
            throw new IllegalArgumentException(needsPage ? "must hold {page}, where the page number goes"
                    : "must not hold {page}");
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(form);
        int last = 0;
        while (m.find()) {
            regex.append(literal(form.substring(last, m.start())));
            regex.append(m.group(1).equals("film") ? "(?<film>[^/?#&]+)" : "(?<page>[0-9]{1,9})");
            last = m.end();
        }
        regex.append(literal(form.substring(last)));
        return new UrlForm(form, Pattern.compile(regex.toString()), needsPage);
    }

    // A slash that ends the path may be there or not: sites answer both, and links use both.
    private static String literal(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean endsPath = c == '/' && (i + 1 == text.length() || text.charAt(i + 1) == '?');
            s.append(Pattern.quote(String.valueOf(c))).append(endsPath ? "?" : "");
        }
        return s.toString();
    }

    /** What a URL of this form names. */
    record Match(String film, int page) {
    }

    /** The film (and page, 1 if the form has none) that {@code url} names, or null if it is not of this form. */
    Match match(URI url) {
        String path = url.getRawPath();
        if (path == null) {
            return null;
        }
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        Matcher m = pattern.matcher(target);
        if (!m.matches()) {
            return null;
        }
        return new Match(m.group("film"), hasPage ? Integer.parseInt(m.group("page")) : 1);
    }

    /** The URL of this form for {@code film} (and {@code page}) on the host of {@code site}. */
    String build(URI site, String film, int page) {
        String target = form.replace("{film}", film).replace("{page}", Integer.toString(page));
        return site.getScheme() + "://" + site.getRawAuthority() + target;
    }

    @Override
    public String toString() {
        return form;
    }
}
