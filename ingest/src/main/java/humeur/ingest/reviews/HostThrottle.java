package humeur.ingest.reviews;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host apart by at least the crawl's delay, or by the host's robots.txt Crawl-delay when it
 * asks for more: the politeness a site expects from a crawler it lets in. The delay runs from the end of the previous
 * response, so a slow answer never shortens the pause the site sees between two requests.
 */
final class HostThrottle {
    private final Duration delay;
    private final StopSignal stop;
    private final Map<String, Long> next = new HashMap<>();
    private final Map<String, Duration> hostDelays = new HashMap<>();

    HostThrottle(Duration delay, StopSignal stop) {
        this.delay = delay;
        this.stop = stop;
    }

    /** Makes requests to {@code host} wait {@code crawlDelay} apart, if that is longer than the crawl's delay. */
    void crawlDelay(String host, Duration crawlDelay) {
        if (crawlDelay.compareTo(delay) > 0) {
            hostDelays.put(host, crawlDelay);
        }
    }

    /**
     * Waits until a request to {@code host} may be made; call {@link #finished} when its response is read.
     *
     * @return false when the crawl was stopped while waiting
     */
    boolean await(String host) {
        Long at = next.get(host);
        if (at != null) {
            long wait = at - System.nanoTime();
            if (wait > 0 && !stop.sleep(Duration.ofNanos(wait))) {
                return false;
            }
        }
        return !stop.isStopped();
    }

    /** Counts a request to {@code host} as made, its response read or failed: the next one waits from now. */
    void finished(String host) {
        next.put(host, System.nanoTime() + hostDelays.getOrDefault(host, delay).toNanos());
    }
}
