package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteProfileTest {
    @TempDir
    Path dir;

    private static String allocine() {
        return ReviewSite.fixture("/humeur/ingest/reviews/allocine.properties");
    }

    private String failure(String properties) throws Exception {
        Path file = Files.writeString(dir.resolve("site.properties"), properties);
        return assertThrows(ReviewsException.class, () -> SiteProfile.load(file)).getMessage();
    }

    @Test
    void allocineIsBuiltIn() throws Exception {
        SiteProfile p = SiteProfile.builtIn("allocine");
        assertEquals("allocine", p.name());
        assertTrue(p.description().startsWith("AlloCiné spectator reviews"));
        assertEquals(List.of("allocine"), SiteProfile.builtInNames());
        assertEquals(new RatingScale(0.5, 5, 0.5), p.scale);
        assertEquals("fr", p.language.getLanguage());
    }

    @Test
    void anUnknownSiteSaysWhichThereAre() {
        assertEquals("no site called 'imdb' (built in: allocine; or describe it in a file for --profile)",
                assertThrows(ReviewsException.class, () -> SiteProfile.builtIn("imdb")).getMessage());
        assertThrows(ReviewsException.class, () -> SiteProfile.builtIn("../allocine"));
    }

    @Test
    void aProfileFileIsReadLikeTheBuiltInOne() throws Exception {
        Path file = Files.writeString(dir.resolve("mysite.properties"), allocine().replace("name = allocine",
                "name = mysite"));
        assertEquals("mysite", SiteProfile.load(file).name());
    }

    @Test
    void pagesAreWrittenOneWay() throws Exception {
        SiteProfile p = SiteProfile.builtIn("allocine");
        SiteProfile.Page first = p.page(URI.create("https://www.allocine.fr/film/fichefilm-5/critiques/spectateurs"));
        assertEquals(new SiteProfile.Page(SiteProfile.Kind.REVIEWS, "5", 1,
                "https://www.allocine.fr/film/fichefilm-5/critiques/spectateurs/"), first);
        assertEquals(first.url(), p.page(URI.create(
                "https://www.allocine.fr/film/fichefilm-5/critiques/spectateurs/?page=1")).url(), "page 1 is the first");
        assertEquals(SiteProfile.Kind.FILM, p.page(URI.create(
                "https://www.allocine.fr/film/fichefilm_gen_cfilm=5.html#synopsis")).kind());
        assertNull(p.page(URI.create("https://www.allocine.fr/series/ficheserie_gen_cserie=5.html")));
    }

    @Test
    void startsMustBeFilmOrReviewPages() throws Exception {
        SiteProfile p = SiteProfile.builtIn("allocine");
        assertNull(p.whyNotStart("https://www.allocine.fr/film/fichefilm_gen_cfilm=182745.html"));
        assertNull(p.whyNotStart("http://127.0.0.1:9/film/fichefilm-182745/critiques/spectateurs/?page=4"));
        assertEquals("'www.allocine.fr/film/fichefilm_gen_cfilm=1.html' is not an http or https URL",
                p.whyNotStart("www.allocine.fr/film/fichefilm_gen_cfilm=1.html"));
        assertEquals("'//x/film/fichefilm_gen_cfilm=1.html' is not an http or https URL",
                p.whyNotStart("//x/film/fichefilm_gen_cfilm=1.html"));
        assertEquals("'ftp://x/film/fichefilm_gen_cfilm=1.html' is not an http or https URL",
                p.whyNotStart("ftp://x/film/fichefilm_gen_cfilm=1.html"));
        assertTrue(p.whyNotStart("https://www.allocine.fr/").contains("is neither a film page nor a review page"));
    }

    @Test
    void aMissingKeyIsNamedWithTheFile() throws Exception {
        String message = failure(allocine().replace("review.rating =", "# review.rating ="));
        assertEquals(dir.resolve("site.properties") + ": review.rating: missing", message);
    }

    @Test
    void aBadSelectorIsNamed() throws Exception {
        String message = failure(allocine().replace("review = div.review-card", "review = div.review-card["));
        assertTrue(message.startsWith(dir.resolve("site.properties") + ": review: 'div.review-card[' is not a CSS "
                + "selector"), message);
    }

    @Test
    void badFormsPatternsAndScalesAreNamed() throws Exception {
        assertTrue(failure(allocine().replace("spectateurs/?page={page}", "spectateurs/")).endsWith(
                "reviews.page.url: must hold {page}, where the page number goes"));
        assertTrue(failure(allocine().replace("review_([0-9]+)", "review_[0-9]+")).endsWith(
                "review.id: the pattern 'review_[0-9]+' has no group (...) for the value"));
        assertTrue(failure(allocine().replace("rating.max = 5", "rating.max = cinq")).endsWith(
                "rating.max: 'cinq' is not a number"));
        assertTrue(failure(allocine().replace("rating.max = 5", "rating.max = 0.25")).contains("rating.*: needs"));
        assertTrue(failure(allocine().replace("name = allocine", "name = Allo Ciné")).contains("name: 'Allo Ciné' "
                + "should be a short lower-case name"));
    }

    @Test
    void aMissingFileIsSaidSo() {
        Path file = dir.resolve("nope.properties");
        assertEquals(file + ": no such file",
                assertThrows(ReviewsException.class, () -> SiteProfile.load(file)).getMessage());
    }
}
