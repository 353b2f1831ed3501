package humeur.ingest.reviews;

import org.jsoup.select.Evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How to read one review site: which URLs are film pages and review pages, where each field of a review is, and the
 * rating scale. Profiles are small {@code .properties} files (see {@code allocine.properties} for every key), so
 * that a new site is a new file rather than new code.
 */
public final class SiteProfile {
    private static final String BUILT_IN = "/humeur/ingest/reviews/";

    private final String name;
    private final String description;
    final UrlForm filmUrl;
    final UrlForm reviewsUrl;
    final UrlForm reviewsPageUrl;
    final FieldRule filmTitle;
    final Css card;
    final FieldRule id;
    final FieldRule author;
    final FieldRule rating;
    final FieldRule date;
    final FieldRule text;
    final Css pagination;
    final Css none;
    final RatingScale scale;
    final Locale language;

    private SiteProfile(Properties p, String source) throws ReviewsException {
        Keys keys = new Keys(p, source);
        this.name = keys.required("name");
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw keys.error("name", "'" + name + "' should be a short lower-case name (letters, digits, - and _)");
        }
        this.description = p.getProperty("description", name).strip();
        this.filmUrl = keys.form("film.url", false);
        this.reviewsUrl = keys.form("reviews.url", false);
        this.reviewsPageUrl = keys.form("reviews.page.url", true);
        this.filmTitle = keys.field("film.title", true);
        this.card = keys.css("review", false);
        this.id = keys.field("review.id", false);
        this.author = keys.field("review.author", true);
        this.rating = keys.field("review.rating", false);
        this.date = keys.field("review.date", true);
        this.text = keys.field("review.text", false);
        this.pagination = keys.css("pagination", true);
        this.none = keys.css("reviews.none", true);
        this.scale = keys.scale();
        this.language = Locale.forLanguageTag(p.getProperty("language", "fr").strip());
    }

    /**
     * The profile built into humeur under {@code name}, e.g. {@code allocine}.
     *
     * @throws ReviewsException when there is none by that name, saying which there are
     */
    public static SiteProfile builtIn(String name) throws ReviewsException {
        String resource = BUILT_IN + name + ".properties";
        try (InputStream in = name.matches("[a-z0-9_-]+") ? SiteProfile.class.getResourceAsStream(resource) : null) {
            if (in == null) {
                throw new ReviewsException("no site called '" + name + "' (built in: "
                        + String.join(", ", builtInNames()) + "; or describe it in a file for --profile)");
            }
            return read(in, name + ".properties");
        } catch (ReviewsException e) {
            throw e;
        } catch (IOException e) {
            throw new ReviewsException(name + ".properties: cannot be read: " + e.getMessage(), e);
        }
    }

    /** The names of the built-in profiles. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = SiteProfile.class.getResourceAsStream(BUILT_IN + "sites.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            // A jar that cannot read its own resources has worse problems; the list is only for messages.
        }
        return names;
    }

    /**
     * Reads a profile file (UTF-8 {@code .properties}).
     *
     * @throws ReviewsException naming the file and the key when it cannot be read or is incomplete
     */
    public static SiteProfile load(Path file) throws ReviewsException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ReviewsException(file + ": no such file");
        } catch (ReviewsException e) {
            throw e;
        } catch (IOException e) {
            throw new ReviewsException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static SiteProfile read(InputStream in, String source) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IllegalArgumentException e) {
            throw new ReviewsException(source + ": not a profile (" + e.getMessage() + ")");
        }
        return new SiteProfile(p, source);
    }

    /** The site's short name, written in every review record ({@code allocine}). */
    public String name() {
        return name;
    }

    /** A line saying what the site is, for help and summaries. */
    public String description() {
        return description;
    }

    /**
     * Why a crawl cannot start at {@code url}, or null if it can: it must be an http(s) URL of a film page or a
     * review page of this site.
     */
    public String whyNotStart(String url) {
        URI uri = uri(url);
        if (uri == null || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return "'" + url + "' is not an http or https URL";
        }
        if (page(uri) == null) {
            return "'" + url + "' is neither a film page nor a review page of " + name + " (expected a path like "
                    + filmUrl + " or " + reviewsUrl + ")";
        }
        return null;
    }

    /** {@code url} parsed, fragment dropped, or null if it is not a URL. */
    static URI uri(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getFragment() == null ? uri
                    : new URI(uri.getScheme(), uri.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** What a page is to the crawl. */
    enum Kind { FILM, REVIEWS }

    /** Where {@code url} leads: its kind, film and page, written one way. Null for pages the crawl does not read. */
    Page page(URI url) {
        UrlForm.Match m = reviewsPageUrl.match(url);
        if (m == null) {
            m = reviewsUrl.match(url);
        }
        if (m != null) {
            return new Page(Kind.REVIEWS, m.film(), m.page(), reviewPage(url, m.film(), m.page()));
        }
        m = filmUrl.match(url);
        return m == null ? null : new Page(Kind.FILM, m.film(), 0, filmUrl.build(url, m.film(), 0));
    }

    /** The URL of page {@code page} of the reviews of {@code film}, on the host of {@code site}. */
    String reviewPage(URI site, String film, int page) {
        return page <= 1 ? reviewsUrl.build(site, film, 1) : reviewsPageUrl.build(site, film, page);
    }

    /** A CSS selector of the profile, with its key and how it was written, to name it in errors. */
    record Css(String key, String written, Evaluator evaluator) {
        @Override
        public String toString() {
            return key + " = " + written;
        }
    }

    /**
     * A page the crawl reads.
     *
     * @param url the page's URL, written the profile's way: the same page always has the same URL
     */
    record Page(Kind kind, String film, int page, String url) {
    }

    @Override
    public String toString() {
        return name;
    }

    /** Reads keys, with errors naming the file and the key. */
    private record Keys(Properties p, String source) {
        String required(String key) throws ReviewsException {
            String v = optional(key);
            if (v == null) {
                throw error(key, "missing");
            }
            return v;
        }

        String optional(String key) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        UrlForm form(String key, boolean needsPage) throws ReviewsException {
            try {
                return UrlForm.parse(required(key), needsPage);
            } catch (IllegalArgumentException e) {
                throw error(key, e.getMessage());
            }
        }

        FieldRule field(String key, boolean optional) throws ReviewsException {
            String v = optional ? optional(key) : required(key);
            if (v == null) {
                return null;
            }
            try {
                return FieldRule.parse(key, v, optional(key + ".pattern"));
            } catch (IllegalArgumentException e) {
                throw error(key, e.getMessage());
            }
        }

        Css css(String key, boolean optional) throws ReviewsException {
            String v = optional ? optional(key) : required(key);
            if (v == null) {
                return null;
            }
            try {
                return new Css(key, v, FieldRule.selector(v));
            } catch (IllegalArgumentException e) {
                throw error(key, e.getMessage());
            }
        }

        RatingScale scale() throws ReviewsException {
            double min = number("rating.min");
            double max = number("rating.max");
            double step = optional("rating.step") == null ? 0 : number("rating.step");
            try {
                return new RatingScale(min, max, step);
            } catch (IllegalArgumentException e) {
                throw error("rating.*", e.getMessage());
            }
        }

        private double number(String key) throws ReviewsException {
            String v = required(key);
            try {
                return Double.parseDouble(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw error(key, "'" + v + "' is not a number");
            }
        }

        ReviewsException error(String key, String problem) {
            return new ReviewsException(source + ": " + key + ": " + problem);
        }
    }
}
