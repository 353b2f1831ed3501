package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;

import humeur.ingest.reviews.ReviewScraper;
import humeur.ingest.reviews.ScrapeReport;
import humeur.ingest.reviews.ScrapeSettings;
import humeur.ingest.reviews.SiteProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur corpus reviews scrape}: crawls a review site into a review file, resumably. */
@Command(name = "scrape", sortOptions = false, showDefaultValues = true,
        header = "Crawl a review site's film reviews into a review file (JSON Lines).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS,
        footerHeading = ManPage.EXAMPLES,
        description = {
            "Starts at each --start URL, a film page or a film's review page, and follows the film to its review "
                    + "pages and through their pagination, writing one review per line to the output: site, film_id, "
                    + "film_title, review_id, author, rating (as the site writes it, e.g. \"4,5\"), rating_out_of_5, "
                    + "date, text and url. Each review is written once, even when a site shows it twice or a crawl "
                    + "is resumed. The crawl stays on the hosts of the --start URLs.",
            "",
            "It is a polite crawler: it names itself (User-Agent: " + ScrapeSettings.USER_AGENT + "), obeys "
                    + "robots.txt, leaves --delay between two requests to a site, waits and tries again when a site "
                    + "is busy, and stops after --max-pages pages.",
            "",
            "After every page the reviews are on disk and the crawl's state is saved beside the output "
                    + "(OUTPUT.state). Stopped by Ctrl-C, by the page cap, or even killed, it continues with --resume "
                    + "where it was, without repeating or losing a review. A page the site would not serve this time "
                    + "is tried again by the next --resume.",
            "",
            "Reviews without an id, a rating or a text, and reviews not in French, are left out; pages that are "
                    + "too large, not HTML or missing are skipped. The summary counts all of them. When a few "
                    + "review pages in a row hold nothing the profile can read, the site's layout has changed: the "
                    + "crawl stops with an error naming the profile and the selector."},
        exitCodeList = {
            "0:The crawl ran: done, stopped at the page cap, or with pages skipped (see the summary).",
            "1:The crawl stopped on an error: the layout changed, the site is out of reach, the output exists, or "
                    + "a file could not be used. Its state is saved.",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): stopped after saving; continue with --resume."},
        footer = {
            "  humeur corpus reviews scrape -o reviews.jsonl \\",
            "      --start 'https://www.allocine.fr/film/fichefilm_gen_cfilm=182745.html'",
            "  humeur corpus reviews scrape --resume -o reviews.jsonl --max-pages 5000",
            "  humeur corpus reviews scrape --profile mysite.properties -o mysite.jsonl \\",
            "      --start 'https://www.example.fr/films/123/'",
            ManPage.FILES,
            // Footers are not wrapped with an indent, so they are laid out here by hand, within 80 columns.
            "  OUTPUT.state%n"
                    + "      Where the crawl stands (pages done, queued, to try again), saved after%n"
                    + "      each page. Delete it with the output to start afresh.",
            ManPage.ENVIRONMENT})
public final class ScrapeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private SiteSelection site;

    @Option(names = "--start", paramLabel = "URL", arity = "1..*", showDefaultValue = Help.Visibility.NEVER,
            description = "Film pages (…/film/fichefilm_gen_cfilm=NNN.html on AlloCiné) or review pages "
                    + "(…/film/fichefilm-NNN/critiques/spectateurs/) to start from. With --resume, added to the "
                    + "crawl unless already done.")
    private List<String> starts = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The review file to write. It must not exist, unless --resume.")
    private Path output;

    @Option(names = "--resume", description = "Continue the crawl of the output file where it stopped.")
    private boolean resume;

    @Mixin
    private CrawlOptions crawl;

    @Override
    public Integer call() throws IOException {
        if (starts.isEmpty() && !resume) {
            throw new ParameterException(spec.commandLine(), "give --start URL (or --resume to continue a crawl)");
        }
        SiteProfile profile = site.profile();
        for (String start : starts) {
            String refusal = profile.whyNotStart(start);
            if (refusal != null) {
                throw new ParameterException(spec.commandLine(), "--start: " + refusal);
            }
        }
        ScrapeSettings settings = crawl.toSettings();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReviewScraper scraper = new ReviewScraper(profile, settings);
        ScrapeReport report;
        try (ScrapeInterrupt interrupt = ScrapeInterrupt.install(scraper, err)) {
            try {
                try (ScrapeProgressBar bar = ScrapeProgressBar.forThisProcess(settings.maxPages())) {
                    report = scraper.scrape(output, starts, resume, bar);
                }
                new ScrapeSummary(out).print(report, settings.maxPages());
            } finally {
                // Whatever happened, Ctrl-C now has nothing to wait for.
                interrupt.finished();
            }
        }
        return report.end() == ScrapeReport.End.STOPPED ? 130 : 0;
    }
}
