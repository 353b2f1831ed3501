package humeur.ingest.reviews;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Crawls a review site into a review file: from film pages to their review pages and through their pagination,
 * one page at a time, politely (robots.txt, a delay per host, back-off when the site is busy). Resumable: after every
 * page the reviews are on disk and the crawl's state is saved beside them, so a crawl stopped at any point, even
 * killed, continues with {@code resume} without repeating or losing a review.
 *
 * <pre>{@code
 * ReviewScraper scraper = new ReviewScraper(SiteProfile.builtIn("allocine"), ScrapeSettings.defaults());
 * ScrapeReport report = scraper.scrape(Path.of("reviews.jsonl"),
 *         List.of("https://www.allocine.fr/film/fichefilm_gen_cfilm=182745.html"), false, ScrapeProgress.NONE);
 * }</pre>
 */
public final class ReviewScraper {
    /** Review pages in a row where the profile finds nothing before the layout is declared changed. */
    static final int LAYOUT_PAGES = 3;
    /** Pages in a row that cannot be fetched before the site is declared out of reach. */
    static final int UNREACHABLE_PAGES = 3;

    private final SiteProfile profile;
    private final ScrapeSettings settings;
    private final StopSignal stop = new StopSignal();

    /** A scraper of the site {@code profile} describes, crawling as {@code settings} say. */
    public ReviewScraper(SiteProfile profile, ScrapeSettings settings) {
        this.profile = profile;
        this.settings = settings;
    }

    /** The file where the crawl writing {@code output} saves its state: beside it, named {@code OUTPUT.state}. */
    public static Path stateFile(Path output) {
        return CrawlState.fileFor(output);
    }

    /**
     * Crawls from {@code starts} (film or review pages) into {@code output}, or, with {@code resume}, continues the
     * crawl saved beside it, starting with the pages it could not fetch last time, then its queue, then any new
     * {@code starts}. Returns when nothing is left to fetch, at the page cap, or when {@link #stop()} is called.
     *
     * @throws ReviewsException when the output exists and {@code resume} is false, when there is nothing to resume,
     *                          when the site's layout no longer matches the profile, or when the site is out of reach
     *                          (the state is saved first, so that --resume continues once it is fixed)
     */
    public ScrapeReport scrape(Path output, List<String> starts, boolean resume, ScrapeProgress progress)
            throws IOException {
        List<SiteProfile.Page> startPages = new ArrayList<>();
        for (String start : starts) {
            String refusal = profile.whyNotStart(start);
            if (refusal != null) {
                throw new ReviewsException(refusal);
            }
            startPages.add(profile.page(SiteProfile.uri(start)));
        }
        Path stateFile = stateFile(output);
        CrawlState state;
        ReviewOutput out;
        if (resume) {
            if (!Files.exists(stateFile)) {
                throw new ReviewsException(stateFile + ": no such file: there is no crawl of " + output
                        + " to resume (start one without --resume)");
            }
            state = CrawlState.load(stateFile);
            if (!state.site().equals(profile.name())) {
                throw new ReviewsException(stateFile + ": a crawl of " + state.site() + ", not " + profile.name()
                        + " (resume it with the profile it was started with)");
            }
            out = ReviewOutput.resume(output, state.position());
            state.retryLater();
        } else {
            out = ReviewOutput.create(output);
            state = new CrawlState(profile.name());
        }
        try (out) {
            startPages.forEach(p -> state.add(p.url()));
            state.position(out.commit());
            state.save(stateFile);
            return new Crawl(state, stateFile, out, progress).run();
        }
    }

    /**
     * Stops the crawl after the page under way (or at once if it is waiting), its state saved. Safe to call from any
     * thread, such as a shutdown hook.
     */
    public void stop() {
        stop.stop();
    }

    /** One run of the crawl. */
    private final class Crawl {
        private final CrawlState state;
        private final Path stateFile;
        private final ReviewOutput out;
        private final ScrapeProgress progress;
        private final HostThrottle throttle = new HostThrottle(settings.delay(), stop);
        private final PageFetcher fetcher = new PageFetcher(settings, throttle, stop);
        private final RobotsRules robots = new RobotsRules(fetcher, throttle);
        private final PageReader reader = new PageReader(profile);

        private int pages;
        private final Set<String> films = new HashSet<>();
        private long written;
        private long duplicates;
        private final Map<String, Long> rejected = new LinkedHashMap<>();
        private final Map<String, Long> missingFields = new TreeMap<>();
        private final List<ScrapeReport.SkippedPage> skipped = new ArrayList<>();
        private int unreadableInARow;
        private int unreachableInARow;

        Crawl(CrawlState state, Path stateFile, ReviewOutput out, ScrapeProgress progress) {
            this.state = state;
            this.stateFile = stateFile;
            this.out = out;
            this.progress = progress;
        }

        ScrapeReport run() throws IOException {
            long before = written;
            ScrapeReport.End end = ScrapeReport.End.DONE;
            for (String url; (url = state.next()) != null; ) {
                if (stop.isStopped()) {
                    end = ScrapeReport.End.STOPPED;
                    break;
                }
                if (pages >= settings.maxPages()) {
                    end = ScrapeReport.End.PAGE_CAP;
                    break;
                }
                if (!visit(url)) {
                    end = ScrapeReport.End.STOPPED;
                    break;
                }
                state.position(out.commit());
                state.save(stateFile);
                progress.pageDone(url, pages, written - before);
                checkReach(url);
            }
            return report(end);
        }

        /** Fetches and reads one page, recording what became of it; false when the crawl was stopped meanwhile. */
        private boolean visit(String url) throws IOException {
            URI uri = URI.create(url);
            SiteProfile.Page page = profile.page(uri);
            switch (robots.check(uri)) {
                case STOPPED -> {
                    return false;
                }
                case UNKNOWN -> {
                    later(url, "its site's robots.txt could not be fetched");
                    return true;
                }
                case DISALLOWED -> {
                    skip(url, "disallowed by robots.txt", ScrapeReport.Why.ROBOTS);
                    return true;
                }
                case ALLOWED -> {
                }
            }
            PageFetcher.Outcome outcome = fetcher.get(uri);
            if (outcome instanceof PageFetcher.Stopped) {
                return false;
            }
            pages++;
            films.add(page.film());
            if (outcome instanceof PageFetcher.Failed f) {
                if (f.lasting()) {
                    skip(url, f.reason(), ScrapeReport.Why.TOO_LARGE);
                } else {
                    later(url, f.reason());
                }
                return true;
            }
            unreachableInARow = 0;
            PageFetcher.Fetched fetched = (PageFetcher.Fetched) outcome;
            if (fetched.status() >= 400) {
                skip(url, "HTTP " + fetched.status(), ScrapeReport.Why.HTTP_ERROR);
                return true;
            }
            if (!samePage(page, fetched.url())) {
                // A film gone or a page past the last one: sites send to their home page rather than answer 404.
                skip(url, "redirected to " + fetched.url(), ScrapeReport.Why.HTTP_ERROR);
                return true;
            }
            String type = fetched.contentType() == null ? "" : fetched.contentType().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.contains("html")) {
                skip(url, "not an HTML page (" + type + ")", ScrapeReport.Why.UNREADABLE);
                return true;
            }
            Document doc = Jsoup.parse(new ByteArrayInputStream(fetched.body()), fetched.charset(), url);
            read(page, reader.read(page, doc));
            return true;
        }

        /** Whether a redirect (if any) led to the page asked for, as from http to https or to add a final slash. */
        private boolean samePage(SiteProfile.Page asked, String landedOn) {
            URI landed = SiteProfile.uri(landedOn);
            SiteProfile.Page there = landed == null ? null : profile.page(landed);
            return there != null && there.kind() == asked.kind() && there.film().equals(asked.film())
                    && there.page() == asked.page();
        }

        private void read(SiteProfile.Page page, PageReader.Content content) throws IOException {
            for (Review r : content.reviews()) {
                if (out.write(r)) {
                    written++;
                } else {
                    duplicates++;
                }
            }
            content.rejected().forEach((why, n) -> rejected.merge(why.label, (long) n, Long::sum));
            content.missingOptional().forEach((key, n) -> missingFields.merge(key, (long) n, Long::sum));
            if (content.filmTitle() == null && profile.filmTitle != null && !content.reviews().isEmpty()) {
                missingFields.merge(profile.filmTitle.key(), (long) content.reviews().size(), Long::sum);
            }
            content.links().forEach(state::add);
            if (page.kind() != SiteProfile.Kind.REVIEWS) {
                state.done(page.url());
                return;
            }
            String problem = content.cards() == 0 && !content.saysNone()
                    ? "no review found: " + profile.card + " matched nothing"
                    : !content.missingEverywhere().isEmpty()
                    ? "no review could be read: " + content.missingEverywhere().get(0) + " matched nothing in its "
                    + content.cards() + (content.cards() == 1 ? " review" : " reviews")
                    : null;
            if (problem == null) {
                unreadableInARow = 0;
                state.done(page.url());
                return;
            }
            // Left for a later run: once the profile is fixed, --resume reads it.
            skipped.add(new ScrapeReport.SkippedPage(page.url(), problem, ScrapeReport.Why.UNREADABLE));
            state.tryLater(page.url());
            if (++unreadableInARow >= LAYOUT_PAGES) {
                state.position(out.commit());
                state.save(stateFile);
                throw new ReviewsException("the " + profile.name() + " profile no longer matches the site: "
                        + LAYOUT_PAGES + " review pages in a row had " + problem + " (last: " + page.url() + "). The "
                        + "site's layout has probably changed: update the profile's selectors, then continue with "
                        + "--resume");
            }
        }

        private void checkReach(String url) throws ReviewsException {
            if (unreachableInARow >= UNREACHABLE_PAGES) {
                ScrapeReport.SkippedPage last = skipped.get(skipped.size() - 1);
                throw new ReviewsException(URI.create(url).getHost() + " is out of reach: " + UNREACHABLE_PAGES
                        + " pages in a row could not be fetched (last: " + last.url() + ": " + last.reason()
                        + "). The crawl is saved: continue later with --resume");
            }
        }

        private void skip(String url, String reason, ScrapeReport.Why why) {
            skipped.add(new ScrapeReport.SkippedPage(url, reason, why));
            state.done(url);
        }

        private void later(String url, String reason) {
            skipped.add(new ScrapeReport.SkippedPage(url, reason, ScrapeReport.Why.LATER));
            state.tryLater(url);
            unreachableInARow++;
        }

        private ScrapeReport report(ScrapeReport.End end) {
            return new ScrapeReport(profile.name(), out.file(), pages, films.size(), written, out.size(), duplicates,
                    Collections.unmodifiableMap(rejected), Collections.unmodifiableMap(missingFields),
                    List.copyOf(skipped), state.queued(),
                    state.later(), end);
        }
    }
}
