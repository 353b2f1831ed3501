package humeur.ingest.reviews;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawler against a local site laid out as AlloCiné: what it reads, how politely, and what it skips. */
class ReviewScraperTest {
    static final ScrapeSettings FAST = ScrapeSettings.defaults().withDelay(Duration.ZERO)
            .withRetries(3, Duration.ofMillis(20)).withTimeout(Duration.ofSeconds(5));

    @TempDir
    Path dir;

    private ReviewSite site;
    private SiteProfile allocine;
    private Path output;

    @BeforeEach
    void serve() throws Exception {
        site = new ReviewSite();
        site.page("/robots.txt", "User-agent: *\nDisallow: /compte/\n");
        allocine = SiteProfile.builtIn("allocine");
        output = dir.resolve("reviews.jsonl");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** Serves film 1001 from the fixtures: its page and three review pages. */
    private void serveFilm1001() {
        site.page("/film/fichefilm_gen_cfilm=1001.html", ReviewSite.fixture("allocine/film-1001.html"));
        for (int p = 1; p <= 3; p++) {
            site.page(AllocinePages.reviewsTarget(1001, p),
                    ReviewSite.fixture("allocine/reviews-1001-p" + p + ".html"));
        }
    }

    private ScrapeReport scrape(ScrapeSettings settings, boolean resume, String... starts) throws IOException {
        return new ReviewScraper(allocine, settings).scrape(output, List.of(starts), resume, ScrapeProgress.NONE);
    }

    private String film(int id) {
        return site.url("/film/fichefilm_gen_cfilm=" + id + ".html");
    }

    static List<Review> written(Path output) throws IOException {
        List<Review> reviews = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            reviews.add(ReviewJson.parse(line));
        }
        return reviews;
    }

    static List<String> ids(Path output) throws IOException {
        return written(output).stream().map(Review::reviewId).toList();
    }

    @Test
    void followsAFilmToItsReviewPagesAndThroughTheirPagination() throws Exception {
        serveFilm1001();
        ScrapeReport report = scrape(FAST, false, film(1001));

        assertEquals(List.of("900101", "900102", "900103", "900104", "900105", "900106", "900107", "900110",
                "900111", "900112"), ids(output));
        assertEquals(ScrapeReport.End.DONE, report.end());
        assertEquals(4, report.pages());
        assertEquals(1, report.films());
        assertEquals(10, report.written());
        assertEquals(10, report.inFile());
        assertEquals(1, report.duplicates(), "900101 is shown again on page 3");
        assertEquals(Map.of("not in French", 1L, "without a rating", 1L), report.rejected());
        assertTrue(report.skippedPages().isEmpty(), report.skippedPages().toString());
        assertEquals(0, report.queued());

        Review first = written(output).get(0);
        assertEquals("allocine", first.site());
        assertEquals("1001", first.filmId());
        assertEquals("Les Heures Claires", first.filmTitle());
        assertEquals("Cinéphile74", first.author());
        assertEquals("4,5", first.rating());
        assertEquals(site.url("/film/fichefilm-1001/critiques/spectateurs/"), first.url());
        assertEquals(site.url("/film/fichefilm-1001/critiques/spectateurs/?page=3"), written(output).get(9).url());

        // Every page once, robots.txt first and once, all under humeur's name.
        List<ReviewSite.Request> requests = site.requests();
        assertEquals(List.of("/robots.txt", "/film/fichefilm_gen_cfilm=1001.html", AllocinePages.reviewsTarget(1001, 1),
                AllocinePages.reviewsTarget(1001, 2), AllocinePages.reviewsTarget(1001, 3)),
                requests.stream().map(ReviewSite.Request::target).toList());
        assertTrue(requests.stream().allMatch(r -> r.userAgent().equals(ScrapeSettings.USER_AGENT)));
        assertTrue(ScrapeSettings.USER_AGENT.startsWith("humeur/"));
        assertTrue(Files.exists(ReviewScraper.stateFile(output)));
    }

    @Test
    void writesOneJsonObjectPerLineWithEveryField() throws Exception {
        serveFilm1001();
        scrape(FAST, false, site.url(AllocinePages.reviewsTarget(1001, 1)));
        String line = Files.readAllLines(output).get(1);
        assertEquals("{\"site\":\"allocine\",\"film_id\":\"1001\",\"film_title\":\"Les Heures Claires\","
                + "\"review_id\":\"900102\",\"author\":\"Marion B.\",\"rating\":\"2,0\",\"rating_out_of_5\":2.0,"
                + "\"date\":\"2024-02-01\",\"text\":\"Je me suis ennuyée du début à la fin. Le scénario tourne en "
                + "rond et les dialogues sont \\\"écrits\\\", on n'y croit pas une seconde.\",\"url\":\""
                + site.url("/film/fichefilm-1001/critiques/spectateurs/") + "\"}", line);
    }

    @Test
    void obeysRobotsTxt() throws Exception {
        serveFilm1001();
        site.page("/robots.txt", "User-agent: *\nDisallow: /film/fichefilm-1001/critiques/spectateurs/?page=3\n");
        ScrapeReport report = scrape(FAST, false, film(1001));

        assertTrue(site.requests(AllocinePages.reviewsTarget(1001, 3)).isEmpty(), "never asked for");
        assertEquals(List.of(new ScrapeReport.SkippedPage(site.url(AllocinePages.reviewsTarget(1001, 3)),
                "disallowed by robots.txt", ScrapeReport.Why.ROBOTS)), report.skippedPages());
        assertEquals(8, report.written());
    }

    @Test
    void obeysRulesAddressedToHumeurByName() throws Exception {
        serveFilm1001();
        site.page("/robots.txt", "User-agent: googlebot\nDisallow:\n\nUser-agent: humeur\nDisallow: /film/\n");
        ScrapeReport report = scrape(FAST, false, film(1001));
        assertEquals(List.of("/robots.txt"), site.requests().stream().map(ReviewSite.Request::target).toList());
        assertEquals(0, report.written());
        assertEquals(ScrapeReport.Why.ROBOTS, report.skippedPages().get(0).kind());
    }

    @Test
    void aSiteWithoutRobotsTxtMayBeCrawled() throws Exception {
        serveFilm1001();
        site.answer("/robots.txt", ReviewSite.Answer.status(404));
        assertEquals(10, scrape(FAST, false, film(1001)).written());
    }

    @Test
    void waitsTheDelayBetweenTwoRequestsToAHost() throws Exception {
        serveFilm1001();
        scrape(FAST.withDelay(Duration.ofMillis(150)), false, site.url(AllocinePages.reviewsTarget(1001, 1)));
        List<ReviewSite.Request> requests = site.requests();
        assertEquals(4, requests.size());
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).nanos() - requests.get(i - 1).nanos();
            assertTrue(gap >= Duration.ofMillis(140).toNanos(), "gap " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void waitsLongerWhenRobotsTxtAsksWithCrawlDelay() throws Exception {
        serveFilm1001();
        site.page("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n");
        scrape(FAST, false, site.url(AllocinePages.reviewsTarget(1001, 2)));
        List<ReviewSite.Request> requests = site.requests();
        long gap = requests.get(2).nanos() - requests.get(1).nanos();
        assertTrue(gap >= Duration.ofMillis(390).toNanos(), "gap " + gap / 1_000_000 + " ms");
    }

    @Test
    void backsOffOn429ForAsLongAsRetryAfterSays() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.answer(p2, ReviewSite.Answer.status(429, "Retry-After", "1"),
                ReviewSite.Answer.html(ReviewSite.fixture("allocine/reviews-1001-p2.html")));
        ScrapeReport report = scrape(FAST, false, site.url(AllocinePages.reviewsTarget(1001, 1)));

        List<ReviewSite.Request> tries = site.requests(p2);
        assertEquals(2, tries.size());
        long gap = tries.get(1).nanos() - tries.get(0).nanos();
        assertTrue(gap >= Duration.ofMillis(990).toNanos(), "waited " + gap / 1_000_000 + " ms");
        assertEquals(10, report.written());
        assertTrue(report.skippedPages().isEmpty());
    }

    @Test
    void backsOffExponentiallyOn503() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.answer(p2, ReviewSite.Answer.status(503), ReviewSite.Answer.status(503), ReviewSite.Answer.status(503),
                ReviewSite.Answer.html(ReviewSite.fixture("allocine/reviews-1001-p2.html")));
        ScrapeReport report = scrape(FAST.withRetries(3, Duration.ofMillis(100)), false,
                site.url(AllocinePages.reviewsTarget(1001, 1)));

        List<ReviewSite.Request> tries = site.requests(p2);
        assertEquals(4, tries.size());
        for (int i = 1; i < 4; i++) {
            long gap = tries.get(i).nanos() - tries.get(i - 1).nanos();
            long expected = 100L << (i - 1);
            assertTrue(gap >= Duration.ofMillis(expected - 5).toNanos(), "try " + (i + 1) + " after "
                    + gap / 1_000_000 + " ms, expected at least " + expected);
        }
        assertEquals(10, report.written());
    }

    @Test
    void retriesAfterATimeOut() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        ReviewSite.Answer page = ReviewSite.Answer.html(ReviewSite.fixture("allocine/reviews-1001-p2.html"));
        site.answer(p2, page.after(2_000), page);
        ScrapeReport report = scrape(FAST.withTimeout(Duration.ofMillis(400)), false,
                site.url(AllocinePages.reviewsTarget(1001, 1)));
        assertEquals(2, site.requests(p2).size());
        assertEquals(10, report.written());
    }

    @Test
    void aPageStillBusyAfterEveryRetryIsLeftForTheNextRun() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.answer(p2, ReviewSite.Answer.status(503));
        ScrapeReport first = scrape(FAST.withRetries(2, Duration.ofMillis(10)), false,
                site.url(AllocinePages.reviewsTarget(1001, 1)));
        assertEquals(3, site.requests(p2).size(), "one try and two retries");
        assertEquals(1, first.later());
        assertEquals(List.of(new ScrapeReport.SkippedPage(site.url(p2), "HTTP 503 (3 tries)", ScrapeReport.Why.LATER)),
                first.skippedPages());
        assertEquals(ScrapeReport.End.DONE, first.end());

        site.page(p2, ReviewSite.fixture("allocine/reviews-1001-p2.html"));
        ScrapeReport second = scrape(FAST, true);
        assertEquals(1, second.pages());
        assertEquals(3, second.written());
        assertEquals(0, second.later());
        assertEquals(List.of("900101", "900102", "900103", "900104", "900105", "900111", "900112", "900106",
                "900107", "900110"), ids(output));
    }

    @Test
    void aSiteAskingToWaitTooLongIsLeftForTheNextRun() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.answer(p2, ReviewSite.Answer.status(429, "Retry-After", "7200"));
        ScrapeReport report = scrape(FAST, false, site.url(AllocinePages.reviewsTarget(1001, 1)));
        assertEquals(1, site.requests(p2).size());
        assertEquals("HTTP 429, and the site asks to wait 120 min", report.skippedPages().get(0).reason());
        assertEquals(1, report.later());
    }

    @Test
    void skipsAMalformedPageWithAReportAndGoesOn() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        byte[] garbage = new byte[4096];
        new java.util.Random(8).nextBytes(garbage);
        site.answer(p2, new ReviewSite.Answer(200, Map.of("Content-Type", "text/html"), garbage));
        ScrapeReport report = scrape(FAST, false, film(1001));

        assertEquals(List.of(new ScrapeReport.SkippedPage(site.url(p2),
                "no review found: review = div.review-card matched nothing", ScrapeReport.Why.UNREADABLE)),
                report.skippedPages());
        assertEquals(7, report.written(), "pages 1 and 3");
        assertEquals(1, report.later(), "tried again once the profile is fixed");
    }

    @Test
    void skipsWhatIsNotHtml() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.answer(p2, new ReviewSite.Answer(200, Map.of("Content-Type", "image/png"), new byte[] {(byte) 0x89, 'P'}));
        ScrapeReport report = scrape(FAST, false, film(1001));
        assertEquals("not an HTML page (image/png)", report.skippedPages().get(0).reason());
        assertEquals(ScrapeReport.Why.UNREADABLE, report.skippedPages().get(0).kind());
        assertEquals(7, report.written());
    }

    @Test
    void skipsAPageTooLargeRatherThanReadingHalfOfIt() throws Exception {
        serveFilm1001();
        String p2 = AllocinePages.reviewsTarget(1001, 2);
        site.page(p2, ReviewSite.fixture("allocine/reviews-1001-p2.html")
                .replace("</body>", "<!-- " + "x".repeat(200_000) + " --></body>"));
        ScrapeReport report = scrape(FAST.withMaxPageBytes(100_000), false, film(1001));
        assertEquals(List.of(new ScrapeReport.SkippedPage(site.url(p2), "larger than 100000 bytes",
                ScrapeReport.Why.TOO_LARGE)), report.skippedPages());
        assertEquals(7, report.written());
        assertEquals(0, report.later(), "a larger page will not shrink");
    }

    @Test
    void skipsAMissingPage() throws Exception {
        serveFilm1001();
        site.answer(AllocinePages.reviewsTarget(1001, 3), ReviewSite.Answer.status(404));
        ScrapeReport report = scrape(FAST, false, film(1001));
        assertEquals("HTTP 404", report.skippedPages().get(0).reason());
        assertEquals(ScrapeReport.Why.HTTP_ERROR, report.skippedPages().get(0).kind());
        assertEquals(1, site.requests(AllocinePages.reviewsTarget(1001, 3)).size(), "a 404 is not retried");
    }

    @Test
    void skipsARedirectToAnotherPage() throws Exception {
        serveFilm1001();
        site.page("/", "<html><body>Accueil</body></html>");
        site.answer(AllocinePages.reviewsTarget(1001, 3), ReviewSite.Answer.status(302, "Location", "/"));
        site.answer("/film/fichefilm-1001/critiques/spectateurs/?page=2",
                ReviewSite.Answer.status(301, "Location", "/film/fichefilm-1001/critiques/spectateurs?page=2"));
        site.page("/film/fichefilm-1001/critiques/spectateurs?page=2",
                ReviewSite.fixture("allocine/reviews-1001-p2.html"));
        ScrapeReport report = scrape(FAST, false, film(1001));
        assertEquals(List.of(new ScrapeReport.SkippedPage(site.url(AllocinePages.reviewsTarget(1001, 3)),
                "redirected to " + site.url("/"), ScrapeReport.Why.HTTP_ERROR)), report.skippedPages());
        assertEquals(8, report.written(), "page 2 was read where it was redirected: the same page");
    }

    @Test
    void aChangedLayoutStopsTheCrawlWithAnErrorNamingTheProfileAndSelector() throws Exception {
        AllocinePages.serveFilm(site, 7, 6, 3);
        for (int p = 1; p <= 6; p++) {
            String target = AllocinePages.reviewsTarget(7, p);
            site.page(target, AllocinePages.reviewsPage(7, p, 6, AllocinePages.card("1", "A", "4,0", "", "Bien.")
                    .replace("review-card hred", "rvw-card")));
        }
        ReviewsException e = assertThrows(ReviewsException.class, () -> scrape(FAST, false, film(7)));
        assertEquals("the allocine profile no longer matches the site: 3 review pages in a row had no review found: "
                + "review = div.review-card matched nothing (last: " + site.url(AllocinePages.reviewsTarget(7, 3))
                + "). The site's layout has probably changed: update the profile's selectors, then continue with "
                + "--resume", e.getMessage());
        assertEquals(4, site.requests().size() - 1, "the film page and three review pages");
        // Saved: the unread pages wait for the fixed profile.
        CrawlState state = CrawlState.load(ReviewScraper.stateFile(output));
        assertEquals(3, state.later());
        assertEquals(3, state.queued());
    }

    @Test
    void aFieldMissingFromEveryCardIsALayoutChangeToo() throws Exception {
        AllocinePages.serveFilm(site, 7, 4, 3);
        for (int p = 1; p <= 4; p++) {
            site.page(AllocinePages.reviewsTarget(7, p), AllocinePages.reviewsPage(7, p, 4,
                    AllocinePages.card(p + "1", "A", "4,0", "", "Très bien, j'ai aimé ce film.")
                            .replace("stareval-note", "note-value")));
        }
        ReviewsException e = assertThrows(ReviewsException.class,
                () -> scrape(FAST, false, site.url(AllocinePages.reviewsTarget(7, 1))));
        assertTrue(e.getMessage().contains("no review could be read: review.rating = .review-card-meta .stareval-note "
                + "matched nothing in its 1 review"), e.getMessage());
    }

    @Test
    void filmsWithoutReviewsAreNotALayoutChange() throws Exception {
        String empty = ReviewSite.fixture("allocine/reviews-1002-p1.html");
        List<String> starts = new ArrayList<>();
        for (int film = 1002; film < 1006; film++) {
            site.page(AllocinePages.reviewsTarget(film, 1), empty.replace("1002", Integer.toString(film)));
            starts.add(site.url(AllocinePages.reviewsTarget(film, 1)));
        }
        ScrapeReport report = scrape(FAST, false, starts.toArray(String[]::new));
        assertEquals(ScrapeReport.End.DONE, report.end());
        assertEquals(4, report.pages());
        assertEquals(0, report.written());
        assertTrue(report.skippedPages().isEmpty());
    }

    @Test
    void aSiteOutOfReachStopsTheCrawlAfterAFewPages() throws Exception {
        site.close();
        List<String> starts = List.of(film(1), film(2), film(3), film(4));
        ReviewsException e = assertThrows(ReviewsException.class,
                () -> scrape(FAST.withRetries(1, Duration.ofMillis(1)), false, starts.toArray(String[]::new)));
        assertTrue(e.getMessage().startsWith("127.0.0.1 is out of reach: 3 pages in a row could not be fetched"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("The crawl is saved: continue later with --resume"), e.getMessage());
        CrawlState state = CrawlState.load(ReviewScraper.stateFile(output));
        assertEquals(3, state.later());
        assertEquals(1, state.queued());
    }

    @Test
    void stopsAtThePageCapAndResumesWhereItStopped() throws Exception {
        List<String> expected = new ArrayList<>(AllocinePages.serveFilm(site, 7, 6, 4));
        expected.addAll(AllocinePages.serveFilm(site, 8, 2, 4));
        List<ScrapeReport> runs = new ArrayList<>();
        runs.add(scrape(FAST.withMaxPages(3), false, film(7), film(8)));
        while (runs.get(runs.size() - 1).end() == ScrapeReport.End.PAGE_CAP) {
            runs.add(scrape(FAST.withMaxPages(3), true));
            assertTrue(runs.size() < 10, "runs forever");
        }
        assertEquals(4, runs.size(), "10 pages, 3 per run");
        assertEquals(3, runs.get(0).pages());
        assertEquals(ScrapeReport.End.DONE, runs.get(3).end());
        assertEquals(expected.size(), runs.get(3).inFile());
        assertEquals(expected.stream().sorted().toList(), ids(output).stream().sorted().toList());
        // No page fetched twice across the runs.
        Map<String, Integer> fetched = new HashMap<>();
        site.requests().stream().filter(r -> !r.target().equals("/robots.txt"))
                .forEach(r -> fetched.merge(r.target(), 1, Integer::sum));
        assertEquals(10, fetched.size());
        assertTrue(fetched.values().stream().allMatch(n -> n == 1), fetched.toString());
    }

    @Test
    void stopsWhenAskedAfterSavingAndResumes() throws Exception {
        List<String> expected = AllocinePages.serveFilm(site, 7, 5, 4);
        ReviewScraper scraper = new ReviewScraper(allocine, FAST);
        ScrapeReport stopped = scraper.scrape(output, List.of(film(7)), false, (url, pages, reviews) -> {
            if (pages == 3) {
                scraper.stop();
            }
        });
        assertEquals(ScrapeReport.End.STOPPED, stopped.end());
        assertEquals(3, stopped.pages());
        assertEquals(8, stopped.written());
        assertEquals(8, ids(output).size());

        ScrapeReport resumed = scrape(FAST, true);
        assertEquals(ScrapeReport.End.DONE, resumed.end());
        assertEquals(expected, ids(output));
    }

    @Test
    void aResumeDropsAHalfWrittenLineAndWritesNoReviewTwice() throws Exception {
        List<String> expected = AllocinePages.serveFilm(site, 7, 5, 4);
        scrape(FAST.withMaxPages(3), false, film(7));
        long saved = Files.size(output);
        // As if killed after writing the next page's reviews but before saving the state: one whole line of a review
        // that the resumed crawl will read again, and half of another.
        String again = Files.readAllLines(output).get(0).replace("\"7000\"", "\"7008\"");
        Files.writeString(output, again + "\n{\"site\":\"allocine\",\"film_id\":\"7\",\"rev",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(Files.size(output) > saved);

        ScrapeReport resumed = scrape(FAST, true);
        assertEquals(ScrapeReport.End.DONE, resumed.end());
        assertEquals(expected, ids(output));
        assertEquals(0, resumed.duplicates());
    }

    @Test
    void newStartsExtendAResumedCrawl() throws Exception {
        List<String> seven = AllocinePages.serveFilm(site, 7, 2, 3);
        List<String> eight = AllocinePages.serveFilm(site, 8, 2, 3);
        scrape(FAST, false, film(7));
        ScrapeReport more = scrape(FAST, true, film(7), film(8));
        assertEquals(3, more.pages(), "film 7 was done");
        List<String> all = new ArrayList<>(seven);
        all.addAll(eight);
        assertEquals(all, ids(output));
    }

    @Test
    void refusesToOverwriteAnOutputWithoutResume() throws Exception {
        Files.writeString(output, "{}\n");
        ReviewsException e = assertThrows(ReviewsException.class, () -> scrape(FAST, false, film(1001)));
        assertEquals(output + ": already exists (continue its crawl with --resume, or choose another output file)",
                e.getMessage());
        assertEquals("{}\n", Files.readString(output));
    }

    @Test
    void refusesToResumeWhatWasNeverStarted() {
        ReviewsException e = assertThrows(ReviewsException.class, () -> scrape(FAST, true));
        assertTrue(e.getMessage().contains("there is no crawl of " + output + " to resume"), e.getMessage());
    }

    @Test
    void refusesToResumeWithAnotherProfile() throws Exception {
        AllocinePages.serveFilm(site, 7, 1, 1);
        scrape(FAST, false, film(7));
        Path other = Files.writeString(dir.resolve("other.properties"), ReviewSite.fixture(
                "/humeur/ingest/reviews/allocine.properties").replace("name = allocine", "name = other"));
        ReviewsException e = assertThrows(ReviewsException.class, () -> new ReviewScraper(SiteProfile.load(other), FAST)
                .scrape(output, List.of(), true, ScrapeProgress.NONE));
        assertTrue(e.getMessage().endsWith("a crawl of allocine, not other (resume it with the profile it was started "
                + "with)"), e.getMessage());
    }

    @Test
    void refusesAStartThatIsNeitherAFilmNorAReviewPage() {
        ReviewsException e = assertThrows(ReviewsException.class, () -> scrape(FAST, false, site.url("/series/")));
        assertEquals("'" + site.url("/series/") + "' is neither a film page nor a review page of allocine (expected a "
                + "path like /film/fichefilm_gen_cfilm={film}.html or /film/fichefilm-{film}/critiques/spectateurs/)",
                e.getMessage());
        assertFalse(Files.exists(output));
    }
}
