package humeur.ingest.reviews;

/** Told of each page a crawl is done with, to show progress; runs on the crawl's thread, so keep it quick. */
@FunctionalInterface
public interface ScrapeProgress {
    /** Tells nothing to no one. */
    ScrapeProgress NONE = (url, pages, reviews) -> { };

    /**
     * One more page is done (read or skipped) and its reviews are on disk.
     *
     * @param url     the page
     * @param pages   pages fetched so far in this run
     * @param reviews reviews written so far in this run
     */
    void pageDone(String url, int pages, long reviews);
}
