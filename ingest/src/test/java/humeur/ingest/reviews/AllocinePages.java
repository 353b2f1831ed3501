package humeur.ingest.reviews;

import java.util.ArrayList;
import java.util.List;

/**
 * AlloCiné pages made to order, in the structure of the fixtures (and of the site): a film page, and its review pages
 * with review cards and a pagination that shows a window of page numbers, some as links and some as bare numbers.
 */
final class AllocinePages {
    private static final String[] TEXTS = {
        "Un film très touchant, porté par des acteurs formidables. Je le recommande sans hésiter.",
        "Je me suis ennuyé, le scénario est prévisible et la fin bâclée. Dommage, le sujet était bon.",
        "C'est drôle, c'est bien rythmé, et on passe un très bon moment en famille.",
        "Pas terrible : des longueurs, des dialogues plats, et une musique qui ne colle pas aux images.",
        "Une mise en scène élégante et une histoire qui reste en tête longtemps après la séance.",
    };
    private static final String[] RATINGS = {"4,5", "1,5", "4,0", "2,0", "5,0"};

    private AllocinePages() {
    }

    /** The id of review {@code i} (from 0) of {@code film}: unique across films. */
    static String reviewId(int film, int i) {
        return Integer.toString(film * 1000 + i);
    }

    /**
     * Serves film {@code film} on {@code site}: its film page and {@code pages} review pages of {@code perPage}
     * reviews each. Returns the ids of its reviews, in page order.
     */
    static List<String> serveFilm(ReviewSite site, int film, int pages, int perPage) {
        site.page("/film/fichefilm_gen_cfilm=" + film + ".html", filmPage(film));
        List<String> ids = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            StringBuilder cards = new StringBuilder();
            for (int i = 0; i < perPage; i++) {
                int n = (p - 1) * perPage + i;
                ids.add(reviewId(film, n));
                cards.append(card(reviewId(film, n), "Spectateur " + n, RATINGS[n % RATINGS.length],
                        "Publiée le " + (1 + n % 28) + " mars 2024", TEXTS[n % TEXTS.length] + " (" + n + ")"));
            }
            site.page(reviewsTarget(film, p), reviewsPage(film, p, pages, cards.toString()));
        }
        return ids;
    }

    /** The path (and query) of page {@code page} of the reviews of {@code film}. */
    static String reviewsTarget(int film, int page) {
        return "/film/fichefilm-" + film + "/critiques/spectateurs/" + (page == 1 ? "" : "?page=" + page);
    }

    static String filmPage(int film) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Film " + film
                + " - AlloCiné</title></head><body><main id=\"content-layout\" class=\"content-layout entity "
                + "entity-movie cf\"><div class=\"titlebar titlebar-page\"><div class=\"titlebar-title "
                + "titlebar-title-xl\">Film numéro " + film + "</div></div></main></body></html>";
    }

    static String card(String id, String author, String rating, String date, String text) {
        return """
                <div class="review-card hred" id="review_%s">
                  <div class="review-card-aside"><div class="review-card-user-infos cf"><div class="meta">
                    <div class="meta-title"><span class="ACrL3BACrL21lbWJyZS1a xXx meta-title-link">%s</span></div>
                  </div></div></div>
                  <div class="review-card-review-holder">
                    <div class="review-card-meta">
                      <div class="stareval stareval-medium stareval-theme-default">
                        <div class="rating-mdl stareval-stars"></div><span class="stareval-note">%s</span>
                      </div>
                      <span class="review-card-meta-date light">%s</span>
                    </div>
                    <div class="content-txt review-card-content">%s</div>
                  </div>
                </div>
                """.formatted(id, author, rating, date, text);
    }

    static String reviewsPage(int film, int page, int pages, String cards) {
        StringBuilder items = new StringBuilder();
        // A window as AlloCiné shows it: the first two pages, the neighbours of this one, and the last.
        for (int i = 1; i <= pages; i++) {
            boolean shown = i <= 2 || Math.abs(i - page) <= 1 || i == pages;
            if (!shown) {
                if (i == 3 || i == pages - 1) {
                    items.append("<span class=\"button button-md item\">…</span>");
                }
                continue;
            }
            if (i == page) {
                items.append("<span class=\"button button-md item current-item\">").append(i).append("</span>");
            } else if (i % 2 == 0) {
                items.append("<a class=\"button button-md item\" href=\"").append(reviewsTarget(film, i)).append("\">")
                        .append(i).append("</a>");
            } else {
                items.append("<span class=\"ACrL3BACrL2ZpbG0v button button-md item\">").append(i).append("</span>");
            }
        }
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Critiques spectateurs du film "
                + film + "</title></head><body><main id=\"content-layout\" class=\"content-layout entity entity-movie "
                + "cf\"><div class=\"titlebar titlebar-page\"><div class=\"titlebar-title titlebar-title-lg\">Film "
                + "numéro " + film + "</div></div><section class=\"section\">" + cards
                + "<nav class=\"pagination cf\"><div class=\"pagination-item-holder\">" + items + "</div></nav>"
                + "</section></main></body></html>";
    }
}
