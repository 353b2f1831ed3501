package humeur.corpora.split;

/**
 * A set of texts kept as 64-bit fingerprints (8 bytes each, whatever their length), to recognise repeats across a
 * split in a corpus too large to hold. Texts are compared after lower-casing and collapsing whitespace runs, so
 * that {@code "Bonjour  !"} repeats {@code "bonjour !"}: the same words read the same to a language model.
 * Two different texts share a fingerprint with odds of about n²/2⁶⁵ for n texts, negligible at corpus sizes.
 */
public final class Fingerprints {
    private long[] slots = new long[1024];
    private int size;
    private boolean hasZero;

    /** Adds {@code text}; returns false when it (or a text equal to it up to case and spacing) was already there. */
    public boolean add(CharSequence text) {
        long key = of(text);
        if (key == 0) {
            boolean added = !hasZero;
            hasZero = true;
            size += added ? 1 : 0;
            return added;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        boolean added = place(slots, key);
        size += added ? 1 : 0;
        return added;
    }

    /** Whether {@code text}, up to case and spacing, was added. */
    public boolean contains(CharSequence text) {
        long key = of(text);
        if (key == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) key & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** How many distinct texts were added. */
    public int size() {
        return size;
    }

    /** The fingerprint of {@code text}: lower-cased, whitespace runs as one space, ends trimmed, then hashed. */
    public static long of(CharSequence text) {
        long hash = Hashing.START;
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                pendingSpace = started;
                continue;
            }
            if (pendingSpace) {
                hash = Hashing.step(hash, ' ');
                pendingSpace = false;
            }
            started = true;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int lower = Character.toLowerCase(Character.toCodePoint(c, text.charAt(++i)));
                for (char unit : Character.toChars(lower)) {
                    hash = Hashing.step(hash, unit);
                }
            } else {
                hash = Hashing.step(hash, Character.toLowerCase(c));
            }
        }
        return Hashing.finish(hash);
    }

    private static boolean place(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) key & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                place(slots, key);
            }
        }
    }
}
