package humeur.ingest.messenger;

import humeur.ingest.SkippedInput;

import java.util.ArrayList;
import java.util.List;

/** The pieces of a thread that were skipped: all of them counted, the first {@value #KEPT} kept for the user. */
final class SkipLog {
    static final int KEPT = 1000;
    private static final int CONTENT_CHARS = 200;

    private final List<SkippedInput> kept = new ArrayList<>();
    private long count;

    /** Records a skipped piece; {@code json} is what was found there, shown shortened. */
    void add(JsonFile file, String path, Object json, String reason) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new SkippedInput(file.name() + ": " + path, JsonTree.toJson(json, CONTENT_CHARS), reason));
        }
    }

    List<SkippedInput> kept() {
        return List.copyOf(kept);
    }

    long count() {
        return count;
    }
}
