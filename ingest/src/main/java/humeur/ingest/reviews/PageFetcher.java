package humeur.ingest.reviews;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

/**
 * Fetches pages as a polite crawler does: one host at the throttle's pace, under humeur's own User-Agent, trying again
 * with growing waits when the site is busy (429, 5xx) or slow (time-outs), and waiting as long as the site asks
 * with Retry-After. A page too large to be a review page is refused rather than truncated.
 */
final class PageFetcher {
    private final ScrapeSettings settings;
    private final HostThrottle throttle;
    private final StopSignal stop;

    PageFetcher(ScrapeSettings settings, HostThrottle throttle, StopSignal stop) {
        this.settings = settings;
        this.throttle = throttle;
        this.stop = stop;
    }

    /** What fetching a URL gave. */
    sealed interface Outcome permits Fetched, Failed, Stopped {
    }

    /** The site answered (any status but 429 and 5xx), with this body, from {@code url} after any redirect. */
    record Fetched(int status, String url, String contentType, String charset, byte[] body) implements Outcome {
    }

    /**
     * The page could not be fetched.
     *
     * @param lasting whether trying later would change nothing (too large); otherwise the site was busy or out of
     *                reach, and a later run may try again
     */
    record Failed(String reason, boolean lasting) implements Outcome {
    }

    /** The crawl was stopped while waiting to fetch. */
    record Stopped() implements Outcome {
    }

    /** Fetches {@code url}, trying again as the settings allow. */
    Outcome get(URI url) {
        String host = url.getRawAuthority();
        Duration backoff = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            if (!throttle.await(host)) {
                return new Stopped();
            }
            String problem;
            Duration asked = null;
            try {
                Connection.Response r = Jsoup.connect(url.toString())
                        .userAgent(settings.userAgent())
                        .timeout((int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis()))
                        .maxBodySize(settings.maxPageBytes() + 1)
                        .ignoreHttpErrors(true)
                        .ignoreContentType(true)
                        .followRedirects(true)
                        .execute();
                byte[] body = r.bodyAsBytes();
                int status = r.statusCode();
                if (status != 429 && status < 500) {
                    if (body.length > settings.maxPageBytes()) {
                        return new Failed("larger than " + megabytes(settings.maxPageBytes()), true);
                    }
                    return new Fetched(status, r.url().toString(), r.contentType(), r.charset(), body);
                }
                problem = "HTTP " + status;
                asked = RetryAfter.parse(r.header("Retry-After"), Instant.now());
            } catch (SocketTimeoutException e) {
                problem = "timed out after " + settings.timeout().toSeconds() + " s";
            } catch (UnknownHostException e) {
                problem = "unknown host " + url.getHost() + " (is this computer offline?)";
            } catch (IOException e) {
                problem = "connection failed (" + e.getMessage() + ")";
            } finally {
                throttle.finished(host);
            }
            if (asked != null && asked.compareTo(settings.maxWait()) > 0) {
                return new Failed(problem + ", and the site asks to wait " + minutes(asked), false);
            }
            if (attempt > settings.retries()) {
                return new Failed(problem + (attempt == 1 ? "" : " (" + attempt + " tries)"), false);
            }
            if (!stop.sleep(asked != null ? asked : backoff)) {
                return new Stopped();
            }
            backoff = backoff.multipliedBy(2);
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    private static String minutes(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
