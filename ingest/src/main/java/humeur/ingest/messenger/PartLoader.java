package humeur.ingest.messenger;

import com.fasterxml.jackson.core.JsonParser;
import humeur.ingest.ExportException;
import humeur.ingest.Message;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the messages of one part, in the part's own order. A single message that cannot be read is skipped and
 * logged with its JSON path; a part in which no message can be read is refused, since then the file itself is wrong.
 */
final class PartLoader implements PartWalker.ElementHandler {

    /** A message with the instant it was sent, which orders messages even where local times repeat (DST). */
    record Timed(long millis, Message message) {
    }

    private final JsonFile file;
    private final ZoneId zone;
    private final SkipLog skips;
    private final List<Timed> messages = new ArrayList<>();
    private RawMessage.Malformed firstMalformed;
    private int malformed;

    private PartLoader(JsonFile file, ZoneId zone, SkipLog skips) {
        this.file = file;
        this.zone = zone;
        this.skips = skips;
    }

    /** The part's messages in file order; skipped ones go to {@code skips}. */
    static List<Timed> load(JsonFile file, ZoneId zone, SkipLog skips) throws IOException {
        PartLoader loader = new PartLoader(file, zone, skips);
        PartWalker walker = new PartWalker(file);
        walker.walk(loader);
        if (walker.messageCount() > 0 && loader.malformed == walker.messageCount()) {
            RawMessage.Malformed first = loader.firstMalformed;
            throw new ExportException(JsonErrors.at(file, first.path, first.getMessage()).getMessage()
                    + " (and no message of this file could be read)");
        }
        return loader.messages;
    }

    @Override
    public void element(JsonParser p, int index) throws IOException {
        String path = "messages[" + index + "]";
        Object json = JsonTree.read(p);
        try {
            RawMessage raw = RawMessage.from(json, path);
            Message message = MessageClassifier.classify(raw, zone, index + 1L);
            if (message == null) {
                skips.add(file, path, json, "empty message");
            } else {
                messages.add(new Timed(raw.millis(), message));
            }
        } catch (RawMessage.Malformed e) {
            malformed++;
            firstMalformed = firstMalformed == null ? e : firstMalformed;
            skips.add(file, e.path, json, e.getMessage());
        }
    }
}
