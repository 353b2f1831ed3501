package humeur.ingest.reviews;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one page with a site's profile: the reviews on it, those that cannot be used and why, and the pages it leads
 * to. Knows nothing of fetching, so that it reads saved pages as it reads live ones.
 */
final class PageReader {
    /** More pages than any film has (150,000 reviews): a page number beyond is a broken page, not a long film. */
    static final int MAX_PAGES_PER_FILM = 10_000;

    private final SiteProfile profile;
    private final ReviewDates dates;
    private final boolean checkFrench;

    PageReader(SiteProfile profile) {
        this.profile = profile;
        this.dates = new ReviewDates(profile.language);
        this.checkFrench = profile.language.getLanguage().equals("fr");
    }

    /** Why a review on a page was not kept. */
    enum Rejection {
        NO_ID("without an id"),
        NO_RATING("without a rating"),
        RATING_OFF_SCALE("with a rating off the site's scale"),
        NO_TEXT("without text"),
        NOT_FRENCH("not in French");

        final String label;

        Rejection(String label) {
            this.label = label;
        }
    }

    /**
     * What a page holds.
     *
     * @param cards         the review elements found: {@code reviews} plus the rejected ones
     * @param saysNone      the page says the film has no reviews ({@code reviews.none} matched)
     * @param missingEverywhere required fields found on none of the cards, when there were cards: the layout changed
     * @param missingOptional   optional fields (author, date) missing, by field, among kept reviews
     */
    record Content(SiteProfile.Page page, String filmTitle, List<Review> reviews, Map<Rejection, Integer> rejected,
                   int cards, boolean saysNone, List<FieldRule> missingEverywhere, Map<String, Integer> missingOptional,
                   Set<String> links) {
    }

    /** Reads {@code doc}, a page of the kind {@code page} says. */
    Content read(SiteProfile.Page page, Document doc) {
        String title = profile.filmTitle == null ? null : profile.filmTitle.read(doc);
        Set<String> links = new LinkedHashSet<>();
        URI here = URI.create(page.url());
        if (page.kind() == SiteProfile.Kind.FILM) {
            links.add(profile.reviewPage(here, page.film(), 1));
            return new Content(page, title, List.of(), Map.of(), 0, false, List.of(), Map.of(), links);
        }
        Elements cards = doc.select(profile.card.evaluator());
        List<Review> reviews = new ArrayList<>();
        Map<Rejection, Integer> rejected = new EnumMap<>(Rejection.class);
        Map<String, Integer> missingOptional = new TreeMap<>();
        Map<FieldRule, Integer> missing = new LinkedHashMap<>();
        for (FieldRule required : List.of(profile.id, profile.rating, profile.text)) {
            missing.put(required, 0);
        }
        for (Element card : cards) {
            String id = profile.id.read(card);
            String rating = profile.rating.read(card);
            Element textElement = profile.text.find(card);
            String text = textElement == null ? null
                    : profile.text.narrow(profile.text.attribute() == null ? ReviewText.of(textElement)
                    : textElement.attr(profile.text.attribute()));
            count(missing, profile.id, id == null);
            count(missing, profile.rating, rating == null);
            count(missing, profile.text, text == null);
            Double value = RatingScale.number(rating);
            Rejection why = id == null ? Rejection.NO_ID
                    : value == null ? Rejection.NO_RATING
                    : !profile.scale.contains(value) ? Rejection.RATING_OFF_SCALE
                    : text == null ? Rejection.NO_TEXT
                    : checkFrench && !FrenchText.isFrench(text) ? Rejection.NOT_FRENCH
                    : null;
            if (why != null) {
                rejected.merge(why, 1, Integer::sum);
                continue;
            }
            String author = profile.author == null ? null : profile.author.read(card);
            LocalDate date = profile.date == null ? null : dates.find(profile.date.read(card));
            if (profile.author != null && author == null) {
                missingOptional.merge(profile.author.key(), 1, Integer::sum);
            }
            if (profile.date != null && date == null) {
                missingOptional.merge(profile.date.key(), 1, Integer::sum);
            }
            reviews.add(new Review(profile.name(), page.film(), title, id, author, rating,
                    profile.scale.outOf5(value), date, text, page.url()));
        }
        List<FieldRule> missingEverywhere = new ArrayList<>();
        if (!cards.isEmpty()) {
            missing.forEach((rule, n) -> {
                if (n == cards.size()) {
                    missingEverywhere.add(rule);
                }
            });
        }
        // Pagination shows a window (1 2 3 … 150): every page up to the last one shown is queued.
        int last = 0;
        if (profile.pagination != null) {
            for (Element e : doc.select(profile.pagination.evaluator())) {
                int n = pageNumber(here, page, e);
                last = n <= MAX_PAGES_PER_FILM ? Math.max(last, n) : last;
            }
        }
        for (int n = 1; n <= last; n++) {
            if (n != page.page()) {
                links.add(profile.reviewPage(here, page.film(), n));
            }
        }
        boolean saysNone = profile.none != null && !doc.select(profile.none.evaluator()).isEmpty();
        return new Content(page, title, reviews, rejected, cards.size(), saysNone, missingEverywhere, missingOptional,
                links);
    }

    private static void count(Map<FieldRule, Integer> missing, FieldRule rule, boolean isMissing) {
        if (isMissing) {
            missing.merge(rule, 1, Integer::sum);
        }
    }

    /**
     * The review page a pagination element leads to: the page of its link when it is one (to the same film, on the
     * same host), else the number it shows. 0 for anything else ("…", "Suivante" without a link).
     */
    private int pageNumber(URI here, SiteProfile.Page page, Element e) {
        String href = e.hasAttr("href") ? e.absUrl("href") : "";
        if (!href.isEmpty()) {
            URI target = SiteProfile.uri(href);
            SiteProfile.Page p = target == null || !here.getRawAuthority().equals(target.getRawAuthority())
                    ? null : profile.page(target);
            return p != null && p.kind() == SiteProfile.Kind.REVIEWS && p.film().equals(page.film()) ? p.page() : 0;
        }
        String number = e.text().strip();
        return number.matches("[0-9]{1,6}") ? Integer.parseInt(number) : 0;
    }
}
