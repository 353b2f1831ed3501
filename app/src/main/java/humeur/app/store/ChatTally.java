package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of the messages read from a chat, for the summary printed after an import: kinds, authors, dates. */
public final class ChatTally {
    private final long[] byKind = new long[MessageKind.values().length];
    // One entry per author: a handful in most chats, a few hundred in a big group.
    private final Map<String, long[]> byAuthor = new HashMap<>();
    private LocalDateTime first;
    private LocalDateTime last;
    private long total;

    /** Counts one more message. */
    public void add(Message message) {
        total++;
        byKind[message.kind().ordinal()]++;
        if (message.author() != null) {
            byAuthor.computeIfAbsent(message.author(), a -> new long[1])[0]++;
        }
        // Min and max rather than first and last read: exports are not always oldest first.
        LocalDateTime t = message.timestamp();
        if (first == null || t.isBefore(first)) {
            first = t;
        }
        if (last == null || t.isAfter(last)) {
            last = t;
        }
    }

    /** How many messages were counted. */
    public long total() {
        return total;
    }

    /** Messages per kind, kinds in declaration order, kinds never seen left out. */
    public Map<MessageKind, Long> byKind() {
        Map<MessageKind, Long> counts = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            if (byKind[kind.ordinal()] > 0) {
                counts.put(kind, byKind[kind.ordinal()]);
            }
        }
        return counts;
    }

    /** Authors with their message counts, most active first (ties by name); events have no author. */
    public List<Map.Entry<String, Long>> authors() {
        List<Map.Entry<String, Long>> authors = new ArrayList<>();
        byAuthor.forEach((name, count) -> authors.add(Map.entry(name, count[0])));
        authors.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return Collections.unmodifiableList(authors);
    }

    /** The earliest message time, or {@code null} when nothing was counted. */
    public LocalDateTime first() {
        return first;
    }

    /** The latest message time, or {@code null} when nothing was counted. */
    public LocalDateTime last() {
        return last;
    }
}
