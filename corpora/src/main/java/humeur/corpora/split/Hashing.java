package humeur.corpora.split;

/**
 * 64-bit FNV-1a over UTF-16 units, finished with MurmurHash3's mixer so that every output bit depends on every input
 * bit. Specified here rather than taken from {@link String#hashCode()} (32 bits) so that splits are stable across
 * JVMs and releases.
 */
final class Hashing {
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** Feeds one character to a running hash. */
    static long step(long hash, char c) {
        return (hash ^ c) * PRIME;
    }

    /** Mixes a running hash into its final value. */
    static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
