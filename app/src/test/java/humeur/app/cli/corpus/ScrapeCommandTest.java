package humeur.app.cli.corpus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapeCommandTest {
    @TempDir
    Path dir;

    private LocalSite site;
    private Path output;

    @BeforeEach
    void serve() throws Exception {
        site = new LocalSite();
        output = dir.resolve("reviews.jsonl");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** {@code humeur corpus reviews scrape} without delay into {@code output}, with {@code args}. */
    private Cli.Result scrape(String... args) {
        List<String> all = new ArrayList<>(List.of("corpus", "reviews", "scrape", "--delay", "0", "-o",
                output.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void crawlsAFilmAndSummarises() throws Exception {
        int reviews = site.film(7, 3, 4);
        Cli.Result r = scrape("--start", site.film(7));

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertEquals(reviews, Files.readAllLines(output).size());
        assertEquals("allocine: 4 pages read (1 film), 12 reviews written, 12 reviews in " + output + "\n"
                + "  done: nothing left to fetch\n", r.out());
        assertTrue(Files.readAllLines(output).get(0).startsWith("{\"site\":\"allocine\",\"film_id\":\"7\","
                + "\"film_title\":\"Film 7\",\"review_id\":\"7000\",\"author\":\"Spectateur 0\",\"rating\":\"4,5\","
                + "\"rating_out_of_5\":4.5,\"date\":\"2024-03-01\""), Files.readAllLines(output).get(0));
    }

    @Test
    void stopsAtThePageCapAndSaysHowToContinue() throws Exception {
        site.film(7, 5, 2);
        Cli.Result first = scrape("--max-pages", "2", "--start", site.film(7));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().endsWith("  stopped at the page cap (--max-pages 2): 4 pages queued; continue with: "
                + "humeur corpus reviews scrape --resume -o " + output + "\n"), first.out());

        Cli.Result rest = scrape("--resume");
        assertEquals(0, rest.exitCode(), rest.err());
        assertTrue(rest.out().startsWith("allocine: 4 pages read (1 film), 8 reviews written, 10 reviews in "),
                rest.out());
        assertEquals(10, Files.readAllLines(output).size());
    }

    @Test
    void reportsWhatItLeftOut() throws Exception {
        site.film(7, 2, 2);
        site.page(LocalSite.reviews(7, 2), "<html><body><div class=\"review-card\" id=\"review_1\"><div "
                + "class=\"review-card-content\">The film was great and the actors were wonderful, I loved it."
                + "</div><div class=\"review-card-meta\"><span class=\"stareval-note\">5,0</span></div></div>"
                + "</body></html>");
        site.page("/robots.txt", "User-agent: *\nDisallow: /film/fichefilm_gen_cfilm=8.html\n");
        Cli.Result r = scrape("--start", site.film(7), site.film(8));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("allocine: 3 pages read (1 film), 2 reviews written, 2 reviews in " + output + "\n"
                + "  reviews left out: 1 not in French\n"
                + "  pages skipped: 1 disallowed by robots.txt\n"
                + "    " + site.film(8) + ": disallowed by robots.txt\n"
                + "  done: nothing left to fetch\n", r.out());
    }

    @Test
    void aChangedLayoutIsOneLineAndExitOne() throws Exception {
        site.film(7, 4, 2);
        for (int p = 1; p <= 4; p++) {
            site.page(LocalSite.reviews(7, p), "<html><body><div class=\"critique\">Très bien.</div><nav "
                    + "class=\"pagination\"><div class=\"pagination-item-holder\"><span>4</span></div></nav></body>"
                    + "</html>");
        }
        Cli.Result r = scrape("--start", site.url(LocalSite.reviews(7, 1)));
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("humeur: the allocine profile no longer matches the site: 3 review pages in a "
                + "row had no review found: review = div.review-card matched nothing"), r.err());
    }

    @Test
    void anExistingOutputIsNotOverwritten() throws Exception {
        Files.writeString(output, "mine\n");
        Cli.Result r = scrape("--start", site.film(7));
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + output + ": already exists (continue its crawl with --resume, or choose another "
                + "output file)\n", r.err());
        assertEquals("mine\n", Files.readString(output));
    }

    @Test
    void commandLineMistakesAreOneLineAndExitTwo() {
        Cli.Result noStart = scrape();
        assertEquals(2, noStart.exitCode());
        assertEquals("humeur: give --start URL (or --resume to continue a crawl) (see: humeur corpus reviews scrape "
                + "--help)\n", noStart.err());

        Cli.Result badStart = scrape("--start", "https://www.allocine.fr/series/");
        assertEquals(2, badStart.exitCode());
        assertTrue(badStart.err().startsWith("humeur: --start: 'https://www.allocine.fr/series/' is neither a film "
                + "page nor a review page of allocine"), badStart.err());

        Cli.Result badSite = scrape("--site", "imdb", "--start", site.film(7));
        assertEquals(2, badSite.exitCode());
        assertTrue(badSite.err().startsWith("humeur: no site called 'imdb' (built in: allocine;"), badSite.err());

        Cli.Result both = scrape("--site", "allocine", "--profile", "x.properties", "--start", site.film(7));
        assertEquals(2, both.exitCode());
        assertTrue(both.err().startsWith("humeur: --site and --profile exclude each other"), both.err());

        Cli.Result badDelay = scrape("--delay", "soon", "--start", site.film(7));
        assertEquals(2, badDelay.exitCode());
        assertTrue(badDelay.err().contains("'soon' is not a number of seconds"), badDelay.err());

        Cli.Result badCap = scrape("--max-pages", "0", "--start", site.film(7));
        assertEquals(2, badCap.exitCode());
        assertFalse(Files.exists(output));
    }

    @Test
    void aProfileFileDescribesAnotherSite() throws Exception {
        site.film(7, 1, 3);
        Path profile = Files.writeString(dir.resolve("mysite.properties"), """
                name = mysite
                film.url = /film/fichefilm_gen_cfilm={film}.html
                reviews.url = /film/fichefilm-{film}/critiques/spectateurs/
                reviews.page.url = /film/fichefilm-{film}/critiques/spectateurs/?page={page}
                review = .review-card
                review.id = @id
                review.rating = .stareval-note
                review.text = .review-card-content
                rating.min = 0
                rating.max = 5
                """);
        Cli.Result r = scrape("--profile", profile.toString(), "--start", site.url(LocalSite.reviews(7, 1)));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("mysite: 1 page read (1 film), 3 reviews written"), r.out());
        assertTrue(Files.readAllLines(output).get(0).contains("\"review_id\":\"review_7000\",\"author\":null"));

        Path broken = Files.writeString(dir.resolve("broken.properties"), "name = broken\n");
        Cli.Result bad = Cli.run("corpus", "reviews", "scrape", "--profile", broken.toString(), "--start",
                site.film(7), "-o", dir.resolve("b.jsonl").toString());
        assertEquals(1, bad.exitCode());
        assertEquals("humeur: " + broken + ": film.url: missing\n", bad.err());
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result r = Cli.run("corpus", "reviews", "scrape", "--help");
        assertEquals(0, r.exitCode());
        for (String section : List.of("SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES", "FILES")) {
            assertTrue(r.out().contains("\n" + section + "\n"), section);
        }
        assertTrue(r.out().contains("robots.txt"));
        assertTrue(r.out().contains("--site=NAME          A site humeur knows: allocine."), r.out());
        // command lists are aligned to their longest name: match any run of spaces
        assertTrue(Cli.run("corpus").out().matches("(?s).*reviews +Labelled French text from cinema review sites.*"));
        assertTrue(Cli.run("--help").out().matches("(?s).*corpus +Build training corpora.*"));
    }
}
