package humeur.ingest.reviews;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each host's robots.txt allows humeur, read once per host and run with crawler-commons, the parser crawlers
 * share. A missing robots.txt (4xx) allows everything, as the convention goes; one that cannot be fetched (5xx, out
 * of reach) allows nothing for now, and the pages wait for a later run rather than being crawled blind.
 */
final class RobotsRules {
    private final PageFetcher fetcher;
    private final HostThrottle throttle;
    private final Map<String, BaseRobotRules> byHost = new HashMap<>();

    RobotsRules(PageFetcher fetcher, HostThrottle throttle) {
        this.fetcher = fetcher;
        this.throttle = throttle;
    }

    /** What robots.txt says of a URL. */
    enum Verdict { ALLOWED, DISALLOWED, UNKNOWN, STOPPED }

    /** Whether humeur may fetch {@code url}; UNKNOWN when the host's robots.txt could not be fetched this time. */
    Verdict check(URI url) {
        String site = url.getScheme() + "://" + url.getRawAuthority();
        BaseRobotRules rules = byHost.get(site);
        if (rules == null) {
            URI robots = URI.create(site + "/robots.txt");
            PageFetcher.Outcome outcome = fetcher.get(robots);
            if (outcome instanceof PageFetcher.Stopped) {
                return Verdict.STOPPED;
            }
            if (outcome instanceof PageFetcher.Failed) {
                return Verdict.UNKNOWN;
            }
            PageFetcher.Fetched f = (PageFetcher.Fetched) outcome;
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            rules = f.status() >= 200 && f.status() < 300
                    ? parser.parseContent(robots.toString(), f.body(), f.contentType(),
                            List.of(ScrapeSettings.ROBOT_NAME))
                    : parser.failedFetch(f.status());
            if (rules.getCrawlDelay() > 0) {
                throttle.crawlDelay(url.getRawAuthority(), Duration.ofMillis(rules.getCrawlDelay()));
            }
            byHost.put(site, rules);
        }
        return rules.isAllowed(url.toString()) ? Verdict.ALLOWED : Verdict.DISALLOWED;
    }
}
