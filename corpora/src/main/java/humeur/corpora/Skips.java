package humeur.corpora;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reader left out, counted by reason, with the place of the first occurrence of each reason so that a report
 * can point at an example. Constant memory whatever the number of skips.
 */
public final class Skips {
    private final EnumMap<SkipReason, Long> counts = new EnumMap<>(SkipReason.class);
    private final EnumMap<SkipReason, String> first = new EnumMap<>(SkipReason.class);

    /** Records one skip; {@code where} names the place, e.g. {@code file.txt.gz: line 12}. Called by readers. */
    public void add(SkipReason reason, String where) {
        counts.merge(reason, 1L, Long::sum);
        first.putIfAbsent(reason, where);
    }

    /** Adds what another reader left out, e.g. to total the files of one corpus. */
    public void addAll(Skips other) {
        other.counts.forEach((reason, n) -> counts.merge(reason, n, Long::sum));
        other.first.forEach(first::putIfAbsent);
    }

    /** How many pieces were skipped for {@code reason}. */
    public long count(SkipReason reason) {
        return counts.getOrDefault(reason, 0L);
    }

    /** How many pieces were skipped in all. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Where the first piece skipped for {@code reason} was, or null if none was. */
    public String firstAt(SkipReason reason) {
        return first.get(reason);
    }

    /** The counts by reason, in the order of {@link SkipReason}. */
    public Map<SkipReason, Long> counts() {
        return Map.copyOf(counts);
    }

    /** One line for the user, e.g. {@code 3 not valid UTF-8 (first at a.txt: line 9), 1 line too long (...)}. */
    @Override
    public String toString() {
        if (counts.isEmpty()) {
            return "nothing skipped";
        }
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().words() + " (first at " + first.get(e.getKey()) + ")")
                .collect(Collectors.joining(", "));
    }
}
