package humeur.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads the messages of one chat in order, streaming: memory stays constant whatever the size of the export.
 * Used like a {@link java.io.BufferedReader}: call {@link #read()} until it returns {@code null}.
 */
public interface MessageReader extends Closeable {

    /** The next message, or {@code null} at the end. Fatal problems throw an {@link ExportException} naming file and line. */
    Message read() throws IOException;

    /** The layout detected for this chat. */
    ExportFormat format();

    /** What was read but not understood so far, in source order (kept up to a bound; see {@link #skippedCount()}). */
    List<SkippedInput> skipped();

    /** How many pieces were skipped in all, which can exceed {@code skipped().size()}. */
    long skippedCount();

    /** Remarks for the user about how the file was read, e.g. the inferred date order; possibly empty. */
    List<String> notes();

    /** Participants the export declares (Messenger does), in its order; empty when the format has no such list. */
    default List<String> declaredParticipants() {
        return List.of();
    }
}
