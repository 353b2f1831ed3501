package humeur.ingest.reviews;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AlloCiné profile reads every field of pages laid out as AlloCiné's, without any network. */
class PageReaderTest {
    private static final String SITE = "https://www.allocine.fr";

    private static PageReader.Content read(String url, String html) throws Exception {
        SiteProfile profile = SiteProfile.builtIn("allocine");
        SiteProfile.Page page = profile.page(URI.create(url));
        Document doc = Jsoup.parse(html, url);
        return new PageReader(profile).read(page, doc);
    }

    private static PageReader.Content fixture(String url, String name) throws Exception {
        return read(url, ReviewSite.fixture("allocine/" + name));
    }

    @Test
    void readsEveryFieldOfAReviewCard() throws Exception {
        String url = SITE + "/film/fichefilm-1001/critiques/spectateurs/";
        PageReader.Content page = fixture(url, "reviews-1001-p1.html");

        assertEquals(5, page.cards());
        assertEquals(5, page.reviews().size());
        Review first = page.reviews().get(0);
        assertEquals(new Review("allocine", "1001", "Les Heures Claires", "900101", "Cinéphile74", "4,5", 4.5,
                LocalDate.of(2024, 3, 12), "Un très beau film sur la famille et sur ce qu'on se dit trop tard.\n"
                + "Les deux actrices sont formidables, et la lumière de Marseille fait le reste. J'en suis sorti ému.",
                url), first);
        Review second = page.reviews().get(1);
        assertEquals("2,0", second.rating());
        assertEquals(2.0, second.ratingOutOf5());
        assertEquals(LocalDate.of(2024, 2, 1), second.date(), "1er février");
        assertEquals("Je me suis ennuyée du début à la fin. Le scénario tourne en rond et les dialogues sont "
                + "\"écrits\", on n'y croit pas une seconde.", second.text());
        assertEquals(List.of("900101", "900102", "900103", "900104", "900105"),
                page.reviews().stream().map(Review::reviewId).toList());
        assertEquals(List.of(4.5, 2.0, 5.0, 3.0, 0.5), page.reviews().stream().map(Review::ratingOutOf5).toList());
        assertEquals("lulu_ciné", page.reviews().get(4).author());
        assertTrue(page.missingEverywhere().isEmpty());
        assertTrue(page.missingOptional().isEmpty());
    }

    @Test
    void paginationLeadsToEveryOtherPageWhetherLinkOrBareNumber() throws Exception {
        PageReader.Content page = fixture(SITE + "/film/fichefilm-1001/critiques/spectateurs/", "reviews-1001-p1.html");
        assertEquals(List.of(SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=2",
                SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=3"), List.copyOf(page.links()));

        PageReader.Content last = fixture(SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=3",
                "reviews-1001-p3.html");
        assertEquals(List.of(SITE + "/film/fichefilm-1001/critiques/spectateurs/",
                SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=2"), List.copyOf(last.links()));
    }

    @Test
    void aWindowOfPageNumbersLeadsToEveryPageUpToTheLast() throws Exception {
        String html = AllocinePages.reviewsPage(7, 1, 9, AllocinePages.card("1", "A", "4,0", "", "Très bien."));
        PageReader.Content page = read(SITE + AllocinePages.reviewsTarget(7, 1), html);
        assertEquals(8, page.links().size());
        assertTrue(page.links().contains(SITE + AllocinePages.reviewsTarget(7, 5)), "hidden behind …");
    }

    @Test
    void aFilmPageLeadsToItsReviews() throws Exception {
        PageReader.Content film = fixture(SITE + "/film/fichefilm_gen_cfilm=1001.html", "film-1001.html");
        assertEquals("Les Heures Claires", film.filmTitle());
        assertEquals(List.of(SITE + "/film/fichefilm-1001/critiques/spectateurs/"), List.copyOf(film.links()));
        assertTrue(film.reviews().isEmpty());
    }

    @Test
    void reviewsThatCannotBeUsedAreCountedByReason() throws Exception {
        PageReader.Content page = fixture(SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=2",
                "reviews-1001-p2.html");
        assertEquals(5, page.cards());
        assertEquals(List.of("900106", "900107", "900110"), page.reviews().stream().map(Review::reviewId).toList());
        assertEquals(Map.of(PageReader.Rejection.NOT_FRENCH, 1, PageReader.Rejection.NO_RATING, 1), page.rejected());
        assertEquals(2.5, page.reviews().get(1).ratingOutOf5());
    }

    @Test
    void aFilmWithoutReviewsSaysSo() throws Exception {
        PageReader.Content page = fixture(SITE + "/film/fichefilm-1002/critiques/spectateurs/", "reviews-1002-p1.html");
        assertEquals(0, page.cards());
        assertTrue(page.saysNone());
        assertEquals("Le Dernier Phare", page.filmTitle());
    }

    @Test
    void aChangedLayoutShowsAsCardsWithoutAFieldOrNoCardsAtAll() throws Exception {
        String url = SITE + "/film/fichefilm-1001/critiques/spectateurs/";
        String p1 = ReviewSite.fixture("allocine/reviews-1001-p1.html");
        PageReader.Content renamedCards = read(url, p1.replace("review-card hred", "rvw-card"));
        assertEquals(0, renamedCards.cards());
        assertFalse(renamedCards.saysNone());

        PageReader.Content renamedRating = read(url, p1.replace("stareval-note", "rating-value"));
        assertEquals(5, renamedRating.cards());
        assertEquals(1, renamedRating.missingEverywhere().size());
        assertEquals("review.rating", renamedRating.missingEverywhere().get(0).key());
        assertEquals(Map.of(PageReader.Rejection.NO_RATING, 5), renamedRating.rejected());
    }

    @Test
    void brokenHtmlKeepsTheCompleteReviewsAndCountsTheOthers() throws Exception {
        String p2 = ReviewSite.fixture("allocine/reviews-1001-p2.html");
        // Cut in the middle of the second card, after its rating: unclosed tags, no text.
        String broken = p2.substring(0, p2.indexOf("Publiée le 18 décembre 2023")) + "<div class=\"content-t";
        PageReader.Content page = read(SITE + "/film/fichefilm-1001/critiques/spectateurs/?page=2", broken);
        assertEquals(2, page.cards());
        assertEquals(List.of("900106"), page.reviews().stream().map(Review::reviewId).toList());
        assertEquals(Map.of(PageReader.Rejection.NO_TEXT, 1), page.rejected());
    }

    @Test
    void optionalFieldsMissingAreCountedNotFatal() throws Exception {
        String p1 = ReviewSite.fixture("allocine/reviews-1001-p1.html").replace("review-card-meta-date", "x");
        PageReader.Content page = read(SITE + "/film/fichefilm-1001/critiques/spectateurs/", p1);
        assertEquals(5, page.reviews().size());
        assertNull(page.reviews().get(0).date());
        assertEquals(Map.of("review.date", 5), page.missingOptional());
    }
}
