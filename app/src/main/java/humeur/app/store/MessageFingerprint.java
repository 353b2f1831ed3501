package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;

import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

import java.nio.charset.StandardCharsets;

/**
 * The identity of a message across exports of the same chat: a 64-bit hash of its time, author, kind and text.
 * Exports differ in everything else (line numbers, media files kept or omitted), so only these take part.
 * Stored in the database: the encoding below must never change.
 */
final class MessageFingerprint {
    // MessageKind.id() lower-cases on every call; this runs for every message.
    private static final String[] KIND_IDS = new String[MessageKind.values().length];
    private static final byte[][] KIND_BYTES = new byte[KIND_IDS.length][];

    static {
        for (MessageKind kind : MessageKind.values()) {
            KIND_IDS[kind.ordinal()] = kind.id();
            KIND_BYTES[kind.ordinal()] = kind.id().getBytes(StandardCharsets.UTF_8);
        }
    }

    // the pure-Java implementation: same values as the native one, nothing to unpack at start-up
    private static final XXHash64 XXH64 = XXHashFactory.safeInstance().hash64();

    private byte[] buffer = new byte[256];

    /** {@code kind.id()}, without allocating. */
    static String kindId(MessageKind kind) {
        return KIND_IDS[kind.ordinal()];
    }

    /**
     * The fingerprint of {@code message} whose stored time is {@code timestamp}: XXH64 of the fields in order, each
     * as a 4-byte big-endian length (-1 for a missing author) then its UTF-8 bytes, so no two field splits collide.
     */
    long of(String timestamp, Message message) {
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] author = message.author() == null ? null : message.author().getBytes(StandardCharsets.UTF_8);
        byte[] kind = KIND_BYTES[message.kind().ordinal()];
        byte[] text = message.text().getBytes(StandardCharsets.UTF_8);
        int length = 16 + ts.length + (author == null ? 0 : author.length) + kind.length + text.length;
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        int at = put(ts, 0);
        at = put(author, at);
        at = put(kind, at);
        at = put(text, at);
        return hash(buffer, at);
    }

    /** XXH64 with seed 0 of the first {@code length} bytes. */
    static long hash(byte[] bytes, int length) {
        return XXH64.hash(bytes, 0, length, 0);
    }

    private int put(byte[] field, int at) {
        int n = field == null ? -1 : field.length;
        buffer[at] = (byte) (n >>> 24);
        buffer[at + 1] = (byte) (n >>> 16);
        buffer[at + 2] = (byte) (n >>> 8);
        buffer[at + 3] = (byte) n;
        if (field != null) {
            System.arraycopy(field, 0, buffer, at + 4, field.length);
            return at + 4 + field.length;
        }
        return at + 4;
    }
}
