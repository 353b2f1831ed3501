package humeur.app.cli;

import humeur.app.store.ChatReading;
import humeur.app.store.ChatTally;
import humeur.app.store.ImportProgress;
import humeur.ingest.ChatSource;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.io.IOException;
import java.util.List;

/** Reads a chat without storing it, for {@code --dry-run}: counts it, and writes it as JSON Lines if asked. */
final class ChatPreview {
    private ChatPreview() {
    }

    /**
     * Reads {@code chat} to its end.
     *
     * @param chatName the name to show it under
     * @param json     where to write its messages and skipped input, in file order; {@code null} for none
     */
    static ChatReading read(ChatSource chat, String chatName, JsonLines json, ImportProgress progress)
            throws IOException {
        ChatTally tally = new ChatTally();
        try (MessageReader reader = chat.open()) {
            int written = 0;
            for (Message m; (m = reader.read()) != null; ) {
                progress.read(m);
                tally.add(m);
                if (json != null) {
                    // What was skipped before this message comes before it, so the output follows the file.
                    written = writeSkipped(reader, chatName, json, written);
                    json.message(chatName, m);
                }
            }
            if (json != null) {
                writeSkipped(reader, chatName, json, written);
            }
            return ChatReading.of(chatName, chat.platform(), chat.origin(), reader, tally);
        }
    }

    private static int writeSkipped(MessageReader reader, String chat, JsonLines json, int written) throws IOException {
        if (reader.skippedCount() <= written) {
            return written;
        }
        List<SkippedInput> skipped = reader.skipped();
        for (SkippedInput s : skipped.subList(Math.min(written, skipped.size()), skipped.size())) {
            json.skipped(chat, s);
        }
        // Once the reader stops keeping them, skippedCount runs ahead of the list: remember the count, not the size,
        // so the list is not asked for after every message.
        return (int) Math.min(Integer.MAX_VALUE, reader.skippedCount());
    }
}
