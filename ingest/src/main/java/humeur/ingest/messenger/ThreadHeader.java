package humeur.ingest.messenger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import humeur.ingest.ExportException;
import humeur.ingest.ExportFormat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What a thread file says about itself, read without keeping its messages: its title and participants, its layout,
 * and whether it is a Messenger thread at all. A damaged file that was recognised before the damage is still a
 * thread (its {@code problem} is reported when it is read), so one bad file does not hide the others of an export.
 *
 * @param title        the repaired title, {@code null} when the file has none
 * @param participants the repaired participant names, in the file's order
 * @param format       the layout: the older snake_case one or the end-to-end-encrypted camelCase one
 * @param messenger    whether the file is a Messenger thread
 * @param problem      why the file could not be read to the end, or {@code null}
 */
record ThreadHeader(String title, List<String> participants, ExportFormat format, boolean messenger,
                    ExportException problem) {

    /** Reads a file's header; never throws, failures end up in {@link #problem()}. */
    static ThreadHeader read(JsonFile file) {
        PartWalker walker = new PartWalker(file);
        FirstMessageKeys first = new FirstMessageKeys();
        ExportException problem = null;
        try {
            walker.walk(first);
        } catch (ExportException e) {
            problem = e;
        }
        boolean classic = walker.classicKeys() || first.classic;
        boolean camelCase = walker.camelCaseKeys() || first.camelCase;
        // a complete file must hold messages; a damaged one counts when it was recognised before the damage
        boolean messenger = (classic || camelCase) && (walker.sawMessages() || problem != null);
        ExportFormat format = camelCase && !classic ? ExportFormat.MESSENGER_E2EE : ExportFormat.MESSENGER;
        return new ThreadHeader(walker.title(), walker.participants(), format, messenger, problem);
    }

    /** Looks at the keys of the first message only, which tell a Messenger file from other JSON with messages. */
    private static final class FirstMessageKeys implements PartWalker.ElementHandler {
        boolean classic;
        boolean camelCase;

        @Override
        public void element(JsonParser p, int index) throws IOException {
            if (index > 0 || p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            if (JsonTree.read(p) instanceof Map<?, ?> message) {
                classic = message.containsKey("sender_name") || message.containsKey("timestamp_ms");
                camelCase = message.containsKey("senderName");
            }
        }
    }
}
