package humeur.app.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers the repeats of a fingerprint within one export: the first message with a given fingerprint is occurrence
 * 0, the next identical one 1, and so on. Two exports of the same chat then give the same (fingerprint, occurrence)
 * to the same message, so an overlapping export holding three "ok" sent the same minute where the earlier held two
 * adds exactly one.
 *
 * <p>Memory stays bounded: only the most recently seen fingerprints are remembered. That is enough because identical
 * messages share their timestamp (to the minute at worst), and a chat is in time order, so repeats come close
 * together; forgetting a fingerprint after {@code capacity} other distinct messages cannot split such a run.
 */
final class OccurrenceCounter {
    /** Default capacity: 100k fingerprints, a few MB, far more distinct messages than any chat has in one minute. */
    static final int DEFAULT_CAPACITY = 100_000;

    private final Map<Long, Integer> recent;

    OccurrenceCounter() {
        this(DEFAULT_CAPACITY);
    }

    OccurrenceCounter(int capacity) {
        this.recent = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How many times {@code fingerprint} was seen before (among the recent ones), counting this one for next time. */
    int next(long fingerprint) {
        Integer seen = recent.get(fingerprint);
        int occurrence = seen == null ? 0 : seen;
        recent.put(fingerprint, occurrence + 1);
        return occurrence;
    }
}
