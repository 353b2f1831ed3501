package humeur.app.store;

import humeur.ingest.ExportFormat;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.util.List;

/**
 * What reading one chat of an export gave, whether it was stored or only looked at ({@code --dry-run}).
 *
 * @param chat         the chat's name as stored (the export's, or the one given with {@code --chat-name})
 * @param platform     {@code whatsapp} or {@code messenger}
 * @param origin       the file, plus the entry or folder inside it, the chat was read from
 * @param format       the layout the reader detected
 * @param tally        counts of the messages read
 * @param skipped      the pieces the reader could not understand, as many as it kept
 * @param skippedCount how many pieces were skipped in all, possibly more than {@code skipped.size()}
 * @param notes        the reader's remarks on how it read the file
 */
public record ChatReading(String chat, String platform, String origin, ExportFormat format, ChatTally tally,
                          List<SkippedInput> skipped, long skippedCount, List<String> notes) {

    public ChatReading {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The reading of a chat whose reader has reached its end. */
    public static ChatReading of(String chat, String platform, String origin, MessageReader reader, ChatTally tally) {
        return new ChatReading(chat, platform, origin, reader.format(), tally, reader.skipped(), reader.skippedCount(),
                reader.notes());
    }
}
