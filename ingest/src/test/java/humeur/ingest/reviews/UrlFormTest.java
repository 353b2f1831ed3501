package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UrlFormTest {
    private static final UrlForm FILM = UrlForm.parse("/film/fichefilm_gen_cfilm={film}.html", false);
    private static final UrlForm REVIEWS = UrlForm.parse("/film/fichefilm-{film}/critiques/spectateurs/", false);
    private static final UrlForm PAGE =
            UrlForm.parse("/film/fichefilm-{film}/critiques/spectateurs/?page={page}", true);

    private static UrlForm.Match match(UrlForm form, String url) {
        return form.match(URI.create(url));
    }

    @Test
    void matchesThePathAndQueryOnAnyHost() {
        assertEquals(new UrlForm.Match("182745", 1),
                match(FILM, "https://www.allocine.fr/film/fichefilm_gen_cfilm=182745.html"));
        assertEquals(new UrlForm.Match("182745", 1),
                match(FILM, "http://127.0.0.1:8080/film/fichefilm_gen_cfilm=182745.html"));
        assertEquals(new UrlForm.Match("182745", 12),
                match(PAGE, "https://www.allocine.fr/film/fichefilm-182745/critiques/spectateurs/?page=12"));
    }

    @Test
    void aFinalSlashMayBeThereOrNot() {
        assertEquals(new UrlForm.Match("5", 1), match(REVIEWS, "https://x.fr/film/fichefilm-5/critiques/spectateurs"));
        assertEquals(new UrlForm.Match("5", 2),
                match(PAGE, "https://x.fr/film/fichefilm-5/critiques/spectateurs?page=2"));
    }

    @Test
    void otherPagesDoNotMatch() {
        assertNull(match(REVIEWS, "https://x.fr/film/fichefilm-5/critiques/presse/"));
        assertNull(match(REVIEWS, "https://x.fr/film/fichefilm-5/critiques/spectateurs/?page=2"));
        assertNull(match(PAGE, "https://x.fr/film/fichefilm-5/critiques/spectateurs/?page=x"));
        assertNull(match(FILM, "https://x.fr/film/fichefilm_gen_cfilm=5.html?tab=casting"));
        assertNull(match(FILM, "https://x.fr/film/fichefilm_gen_cfilm=5xhtml"), "the dot is a dot");
    }

    @Test
    void buildsOnTheHostOfThePageItCameFrom() {
        assertEquals("http://127.0.0.1:8080/film/fichefilm-5/critiques/spectateurs/?page=3",
                PAGE.build(URI.create("http://127.0.0.1:8080/film/fichefilm_gen_cfilm=5.html"), "5", 3));
    }

    @Test
    void refusesFormsThatCannotWork() {
        assertEquals("must start with / (a path, without the host)", assertThrows(IllegalArgumentException.class,
                () -> UrlForm.parse("https://www.allocine.fr/film/{film}", false)).getMessage());
        assertEquals("must hold {film}, where the film id goes", assertThrows(IllegalArgumentException.class,
                () -> UrlForm.parse("/film/", false)).getMessage());
        assertEquals("must hold {page}, where the page number goes", assertThrows(IllegalArgumentException.class,
                () -> UrlForm.parse("/film/{film}/", true)).getMessage());
    }
}
