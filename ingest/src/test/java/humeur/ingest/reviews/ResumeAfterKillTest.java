package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A crawl killed outright (kill -9), twice, and resumed: every review is in the file exactly once. */
class ResumeAfterKillTest {
    @TempDir
    Path dir;

    /** Runs a crawl in another JVM and kills it once it has done {@code pages} pages. */
    private static void crawlAndKill(Path output, String mode, int pages, String... starts) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), ScrapeInChild.class.getName(), output.toString(), mode));
        command.addAll(List.of(starts));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("page " + pages)) {
                assertTrue(line.startsWith("page "), line);
            }
            assertEquals("page " + pages, line, "the child ended before being killed");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void killedTwiceAndResumedItHasEveryReviewOnce() throws Exception {
        try (ReviewSite site = new ReviewSite()) {
            site.page("/robots.txt", "User-agent: *\nDisallow:\n");
            List<String> expected = new ArrayList<>(AllocinePages.serveFilm(site, 7, 12, 5));
            expected.addAll(AllocinePages.serveFilm(site, 8, 3, 5));
            Path output = dir.resolve("reviews.jsonl");
            String seven = site.url("/film/fichefilm_gen_cfilm=7.html");
            String eight = site.url("/film/fichefilm_gen_cfilm=8.html");

            crawlAndKill(output, "new", 4, seven, eight);
            crawlAndKill(output, "resume", 5);
            ScrapeReport last = new ReviewScraper(SiteProfile.builtIn("allocine"), ReviewScraperTest.FAST)
                    .scrape(output, List.of(), true, ScrapeProgress.NONE);

            assertEquals(ScrapeReport.End.DONE, last.end());
            List<String> ids = ReviewScraperTest.ids(output);
            assertEquals(expected.size(), ids.size(), "no review twice, none lost");
            assertEquals(expected.stream().sorted().toList(), ids.stream().sorted().toList());
        }
    }
}
