package humeur.ingest;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/** An export file or folder opened by {@link Exports#open}: the chats it holds. Close it when done. */
public interface ChatExport extends Closeable {

    /** The file or folder that was opened. */
    Path file();

    /** The chats found in it, at least one. */
    List<ChatSource> chats();
}
