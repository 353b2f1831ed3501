package humeur.ingest.messenger;

import humeur.ingest.Reaction;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of one message as the export holds them, under either layout's key names, with every string repaired
 * ({@link MojibakeRepair}) and every type checked. Deciding what the message is belongs to {@link MessageClassifier}.
 *
 * @param millis    the UTC instant, epoch milliseconds
 * @param sender    who sent it, {@code null} when not given
 * @param content   the text, {@code null} when not given
 * @param type      the older layout's type (Generic, Share, Call, Subscribe, Unsubscribe…), or {@code null}
 * @param unsent    whether its author unsent it
 * @param mediaUris the attached files' paths in the export: photos, videos, audio, GIFs, files, sticker
 * @param shareLink the shared link, or {@code null}
 * @param reactions the reactions to it
 */
record RawMessage(long millis, String sender, String content, String type, boolean unsent, List<String> mediaUris,
                  String shareLink, List<Reaction> reactions) {

    private static final List<String> MEDIA_KEYS = List.of("photos", "videos", "audio_files", "gifs", "files", "media");

    // Below this an end-to-end-encrypted "timestamp" (ms by its only description) can only be in seconds: 1973 in ms.
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    /** A message that cannot be read: where inside it, and why. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;

        Malformed(String path, String reason) {
            super(reason, null, false, false);
            this.path = path;
        }
    }

    /** Reads a message read by {@link JsonTree}; {@code path} is its JSON path, e.g. {@code messages[3]}. */
    static RawMessage from(Object json, String path) throws Malformed {
        if (!(json instanceof Map<?, ?> m)) {
            throw new Malformed(path, "expected an object, found " + JsonTree.describe(json));
        }
        Map<?, ?> share = m.get("share") == null ? null : object(m.get("share"), path + ".share");
        return new RawMessage(millis(m, path), repaired(m, path, "sender_name", "senderName"),
                repaired(m, path, "content", "text"), string(m, "type", path), flag(m, path, "is_unsent", "isUnsent"),
                mediaUris(m, path), share == null ? null : string(share, "link", path + ".share"), reactions(m, path));
    }

    // The older layout has one list per kind of file, the newer one a single "media" list, maybe of bare strings.
    private static List<String> mediaUris(Map<?, ?> m, String path) throws Malformed {
        List<String> uris = new ArrayList<>();
        for (String key : MEDIA_KEYS) {
            List<?> items = list(m, key, path);
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                String at = path + "." + key + "[" + i + "]";
                add(uris, item instanceof String s ? s : string(object(item, at), "uri", at));
            }
        }
        if (m.get("sticker") != null) {
            add(uris, string(object(m.get("sticker"), path + ".sticker"), "uri", path + ".sticker"));
        }
        return uris;
    }

    private static void add(List<String> uris, String uri) {
        if (uri != null && !uri.isBlank()) {
            uris.add(uri);
        }
    }

    private static long millis(Map<?, ?> m, String path) throws Malformed {
        String key = m.containsKey("timestamp_ms") ? "timestamp_ms" : "timestamp";
        Object value = m.get(key);
        if (value == null) {
            throw new Malformed(path + ".timestamp_ms", "missing: every message needs its time");
        }
        if (!(value instanceof Long ms)) {
            throw new Malformed(path + "." + key, "expected a number of milliseconds, found " + JsonTree.describe(value)
                    + (value instanceof BigInteger || value instanceof Double ? " out of range" : ""));
        }
        return toMillis(key, ms);
    }

    /** The epoch milliseconds a time key holds: the newer layout's {@code timestamp} may be in seconds. */
    static long toMillis(String key, long value) {
        return key.equals("timestamp") && value > 0 && value < SMALLEST_MILLIS ? value * 1000 : value;
    }

    private static List<Reaction> reactions(Map<?, ?> m, String path) throws Malformed {
        List<Reaction> reactions = new ArrayList<>();
        List<?> items = list(m, "reactions", path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".reactions[" + i + "]";
            Map<?, ?> r = object(items.get(i), at);
            String emoji = repaired(r, at, "reaction", "emoji");
            if (emoji != null) {
                reactions.add(new Reaction(MojibakeRepair.repair(string(r, "actor", at)), emoji));
            }
        }
        return reactions;
    }

    private static String repaired(Map<?, ?> m, String path, String key, String otherKey) throws Malformed {
        String value = string(m, key, path);
        return MojibakeRepair.repair(value != null ? value : string(m, otherKey, path));
    }

    private static boolean flag(Map<?, ?> m, String path, String key, String otherKey) throws Malformed {
        Object value = m.containsKey(key) ? m.get(key) : m.get(otherKey);
        if (value != null && !(value instanceof Boolean)) {
            throw new Malformed(path + "." + (m.containsKey(key) ? key : otherKey),
                    "expected true or false, found " + JsonTree.describe(value));
        }
        return Boolean.TRUE.equals(value);
    }

    private static String string(Map<?, ?> m, String key, String path) throws Malformed {
        Object value = m.get(key);
        if (value != null && !(value instanceof String)) {
            throw new Malformed(path + "." + key, "expected text, found " + JsonTree.describe(value));
        }
        return (String) value;
    }

    private static List<?> list(Map<?, ?> m, String key, String path) throws Malformed {
        Object value = m.get(key);
        if (value != null && !(value instanceof List)) {
            throw new Malformed(path + "." + key, "expected a list, found " + JsonTree.describe(value));
        }
        return value == null ? List.of() : (List<?>) value;
    }

    private static Map<?, ?> object(Object value, String path) throws Malformed {
        if (!(value instanceof Map<?, ?> m)) {
            throw new Malformed(path, "expected an object, found " + JsonTree.describe(value));
        }
        return m;
    }
}
