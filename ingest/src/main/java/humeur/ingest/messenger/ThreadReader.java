package humeur.ingest.messenger;

import humeur.ingest.ExportFormat;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a thread's messages oldest first, although Facebook writes them newest first in parts of about 10,000.
 *
 * <p>Memory stays at about one part: a light first pass ({@link PartScan}) reads only the times of each part to learn
 * the span it covers; parts are then taken in order of their spans, and each is loaded alone, turned to oldest first
 * and sorted. Parts whose spans meet or overlap (not the case in a normal export) are loaded and sorted together,
 * so the order is right in any case; only then does memory grow past one part. Messages of equal time keep the order
 * the export implies: a newest-first part is reversed before the (stable) sort, and of two parts meeting at one
 * instant, the higher-numbered (older) part comes first.
 */
final class ThreadReader implements MessageReader {
    private final ExportFormat format;
    private final ZoneId zone;
    private final SkipLog skips = new SkipLog();
    private final List<String> notes = new ArrayList<>();
    private final List<String> participants;
    private final Deque<List<PartScan>> groups = new ArrayDeque<>();
    private Iterator<Message> current = Collections.emptyIterator();

    /** Scans every part (the first pass); {@code parts} are in part-number order. */
    ThreadReader(List<JsonFile> parts, ExportFormat format, ZoneId zone) throws IOException {
        this.format = format;
        this.zone = zone;
        List<PartScan> scans = new ArrayList<>();
        for (JsonFile part : parts) {
            scans.add(PartScan.of(part));
        }
        participants = scans.isEmpty() ? List.of() : scans.get(0).participants();
        scans.sort(Comparator.comparingLong(PartScan::min)
                .thenComparing(s -> s.file().partNumber(), Comparator.reverseOrder()));
        for (PartScan scan : scans) {
            List<PartScan> last = groups.peekLast();
            if (last != null && scan.overlaps(last.stream().mapToLong(PartScan::max).max().orElseThrow())) {
                last.add(scan);
            } else {
                groups.add(new ArrayList<>(List.of(scan)));
            }
        }
        describe(parts);
    }

    private void describe(List<JsonFile> parts) {
        if (parts.size() > 1) {
            notes.add(parts.size() + " parts merged (" + parts.get(0).name() + " … " + parts.get(parts.size() - 1).name() + ")");
        }
        for (int i = 1; i < parts.size(); i++) {
            for (int n = parts.get(i - 1).partNumber() + 1; n < parts.get(i).partNumber(); n++) {
                notes.add("message_" + n + ".json is missing: the thread may be incomplete");
            }
        }
        for (List<PartScan> group : groups) {
            if (group.size() > 1 && group.get(0).min() != Long.MIN_VALUE) {
                notes.add(group.stream().map(s -> s.file().name()).collect(Collectors.joining(", "))
                        + " overlap in time and were sorted together");
            }
        }
        notes.add("times converted from UTC to " + zone.getId());
    }

    @Override
    public Message read() throws IOException {
        while (!current.hasNext()) {
            List<PartScan> group = groups.poll();
            if (group == null) {
                return null;
            }
            current = load(group).iterator();
        }
        return current.next();
    }

    private List<Message> load(List<PartScan> group) throws IOException {
        List<PartLoader.Timed> all = new ArrayList<>();
        for (PartScan scan : group) {
            List<PartLoader.Timed> part = PartLoader.load(scan.file(), zone, skips);
            if (scan.newestFirst()) {
                Collections.reverse(part);
            }
            all.addAll(part);
        }
        all.sort(Comparator.comparingLong(PartLoader.Timed::millis)); // stable: equal times keep the order above
        return all.stream().map(PartLoader.Timed::message).toList();
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public List<SkippedInput> skipped() {
        return skips.kept();
    }

    @Override
    public long skippedCount() {
        return skips.count();
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public List<String> declaredParticipants() {
        return participants;
    }

    @Override
    public void close() {
        groups.clear();
        current = Collections.emptyIterator();
    }
}
