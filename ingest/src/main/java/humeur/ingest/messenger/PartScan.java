package humeur.ingest.messenger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * The light first pass over a part: only the times of its messages are read, to learn which span of time the part
 * covers and in which direction it runs, so that parts can be put in order without holding them.
 *
 * @param file         the part
 * @param min          its oldest time (epoch ms), {@link Long#MIN_VALUE} when no message has a usable time
 * @param max          its newest time
 * @param newestFirst  whether its messages run from newest to oldest (Facebook's order; assumed when undecided)
 * @param participants the participants it declares
 */
record PartScan(JsonFile file, long min, long max, boolean newestFirst, List<String> participants) {

    /** Scans a part; invalid JSON or a part that is not a thread is refused. */
    static PartScan of(JsonFile file) throws IOException {
        PartWalker walker = new PartWalker(file);
        Times times = new Times();
        walker.walk(times);
        if (times.count == 0) {
            return new PartScan(file, Long.MIN_VALUE, Long.MIN_VALUE, true, walker.participants());
        }
        return new PartScan(file, times.min, times.max, times.first >= times.last, walker.participants());
    }

    /** Whether this part's span meets or overlaps a span ending at {@code max}: their messages must be sorted together. */
    boolean overlaps(long otherMax) {
        return min <= otherMax;
    }

    private static final class Times implements PartWalker.ElementHandler {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long first;
        long last;
        int count;

        @Override
        public void element(JsonParser p, int index) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            boolean timed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                boolean time = key.equals("timestamp_ms") || key.equals("timestamp");
                if (!timed && time && value == JsonToken.VALUE_NUMBER_INT
                        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    timed = true;
                    add(RawMessage.toMillis(key, p.getLongValue()));
                } else {
                    p.skipChildren();
                }
            }
        }

        private void add(long ms) {
            if (count++ == 0) {
                first = ms;
            }
            last = ms;
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
    }
}
