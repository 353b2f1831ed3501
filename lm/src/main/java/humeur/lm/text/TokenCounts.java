package humeur.lm.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * How many times each token occurs, the input of {@link Vocabulary#build}. Not thread-safe by design: give each thread
 * its own counts and {@link #merge} them at the end, which costs one pass over the smaller map instead of a lock per token.
 */
public final class TokenCounts {
    /** A one-element array per token: counting bumps it in place, no boxing and no second lookup. */
    private final Map<String, long[]> counts = new HashMap<>();
    private long total;

    /** Counts one occurrence of {@code token}. */
    public void add(String token) {
        add(token, 1);
    }

    /** Counts {@code times} occurrences of {@code token}. */
    public void add(String token, long times) {
        if (times < 0) {
            throw new IllegalArgumentException("negative count " + times + " for " + token);
        }
        long[] count = counts.get(token);
        if (count == null) {
            counts.put(token, new long[] {times});
        } else {
            count[0] += times;
        }
        total += times;
    }

    /** Counts every token of {@code tokens}. */
    public void addAll(Iterable<String> tokens) {
        for (String token : tokens) {
            add(token, 1);
        }
    }

    /** Adds {@code other}'s counts to these; {@code other} is left as it was. */
    public void merge(TokenCounts other) {
        other.counts.forEach((token, count) -> add(token, count[0]));
    }

    /** How many times {@code token} was counted, 0 if never. */
    public long count(String token) {
        long[] count = counts.get(token);
        return count == null ? 0 : count[0];
    }

    /** The number of distinct tokens counted. */
    public int distinct() {
        return counts.size();
    }

    /** The number of occurrences counted, all tokens together. */
    public long total() {
        return total;
    }

    /** Passes each distinct token and its count to {@code action}, in no particular order. */
    public void forEach(ObjLongConsumer<String> action) {
        counts.forEach((token, count) -> action.accept(token, count[0]));
    }
}
