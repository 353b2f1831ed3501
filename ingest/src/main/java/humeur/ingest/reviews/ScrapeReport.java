package humeur.ingest.reviews;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one run of a crawl did, for its summary: nothing it left out goes unsaid.
 *
 * @param site           the profile's name
 * @param output         the review file
 * @param pages          pages fetched in this run (robots.txt files not counted)
 * @param films          films whose pages were fetched in this run
 * @param written        reviews written in this run
 * @param inFile         reviews in the file now, from every run
 * @param duplicates     reviews met again (on another page, or from an earlier run) and not written twice
 * @param rejected       reviews left out, by why ("without a rating", "not in French", …)
 * @param missingFields  profile keys of optional fields (author, date, title) not found, with how many kept reviews
 *                       lack them: a count close to {@code written} says the profile needs updating
 * @param skippedPages   pages not read, with why, in the order met
 * @param queued         pages still to fetch: a next run with --resume fetches them
 * @param later          pages that could not be fetched this time (site busy or out of reach): --resume tries again
 * @param end            why the run ended
 */
public record ScrapeReport(String site, Path output, int pages, int films, long written, long inFile, long duplicates,
                           Map<String, Long> rejected, Map<String, Long> missingFields, List<SkippedPage> skippedPages,
                           int queued, int later, End end) {

    /**
     * A page that was not read.
     *
     * @param url    the page
     * @param reason why, in a few words ("HTTP 404", "disallowed by robots.txt", "larger than 5 MB", …)
     * @param kind   the kind of reason, for counts
     */
    public record SkippedPage(String url, String reason, Why kind) {
    }

    /** Kinds of reasons for not reading a page. */
    public enum Why {
        /** robots.txt disallows it. */
        ROBOTS("disallowed by robots.txt"),
        /** The site answered with an error other than 429 and 5xx (404, 403, 410…). */
        HTTP_ERROR("answered with an error"),
        /** Larger than the size limit. */
        TOO_LARGE("too large"),
        /** Not an HTML page, or one where no review could be read. */
        UNREADABLE("unreadable"),
        /** The site was busy or out of reach after every retry: a later run tries again. */
        LATER("not fetched this time, tried again on --resume");

        private final String label;

        Why(String label) {
            this.label = label;
        }

        /** The kind in words, for summaries. */
        public String label() {
            return label;
        }
    }

    /** Why a run ended. */
    public enum End {
        /** Every page was fetched: nothing is left queued. */
        DONE,
        /** The page cap of the run was reached; pages are left queued. */
        PAGE_CAP,
        /** The crawl was stopped (Ctrl-C) after saving its state. */
        STOPPED
    }
}
