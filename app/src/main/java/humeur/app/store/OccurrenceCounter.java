package humeur.app.store;

import java.util.Arrays;

/**
 * Numbers the repeats of a fingerprint within one export: the first message with a given fingerprint is occurrence
 * 0, the next identical one 1, and so on. Two exports of the same chat then give the same (fingerprint, occurrence)
 * to the same message, so an overlapping export holding three "ok" sent the same minute where the earlier held two
 * adds exactly one.
 *
 * <p>Memory stays constant: only recent fingerprints are remembered, at least the last {@code capacity} distinct
 * ones. That is enough because identical messages share their timestamp (to the minute at worst) and a chat is in
 * time order, so repeats come close together; no chat has that many distinct messages within one minute.
 *
 * <p>This runs for every imported message, so it is two open-addressing tables of primitives (no boxing, no
 * allocation) used as generations: when the current one is half full it becomes the previous one, and the oldest is
 * wiped. A fingerprint found only in the previous generation is carried over to the current one.
 */
final class OccurrenceCounter {
    /** Default capacity: 100k fingerprints, about 6 MB, far more distinct messages than any chat has in one minute. */
    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final int mask;
    private long[] keys;
    private int[] counts;   // occurrences seen + 1; 0 marks an empty slot, so every fingerprint value can be a key
    private long[] previousKeys;
    private int[] previousCounts;
    private int size;

    OccurrenceCounter() {
        this(DEFAULT_CAPACITY);
    }

    OccurrenceCounter(int capacity) {
        this.capacity = capacity;
        // At least twice the capacity, so that probing stays short at the highest load of one half.
        int slots = Integer.highestOneBit(Math.max(capacity, 2) * 4 - 1);
        this.mask = slots - 1;
        this.keys = new long[slots];
        this.counts = new int[slots];
        this.previousKeys = new long[slots];
        this.previousCounts = new int[slots];
    }

    /** How many times {@code fingerprint} was seen before (among the recent ones), counting this one for next time. */
    int next(long fingerprint) {
        int slot = find(keys, counts, fingerprint);
        int seen = counts[slot];
        if (seen == 0) {
            int old = previousCounts[find(previousKeys, previousCounts, fingerprint)];
            if (size == capacity) {
                rotate();
                slot = find(keys, counts, fingerprint);
            }
            keys[slot] = fingerprint;
            size++;
            seen = old;
        }
        counts[slot] = seen + 1;
        return seen;
    }

    private int find(long[] inKeys, int[] inCounts, long fingerprint) {
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (inCounts[slot] != 0 && inKeys[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rotate() {
        long[] k = previousKeys;
        int[] c = previousCounts;
        previousKeys = keys;
        previousCounts = counts;
        Arrays.fill(c, 0);
        keys = k;
        counts = c;
        size = 0;
    }
}
