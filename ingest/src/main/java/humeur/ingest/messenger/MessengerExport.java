package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Finds the Messenger threads of a "Download your information" export. (Being written.) */
public final class MessengerExport {
    private MessengerExport() {
    }

    /** The threads under a thread folder or a whole export folder; empty when there is none. */
    public static List<ChatSource> inFolder(Path folder, ReadOptions options) throws IOException {
        throw new UnsupportedOperationException("Messenger reader not written yet");
    }

    /** The thread a {@code message_N.json} belongs to (its whole folder), or an end-to-end-encrypted thread file. */
    public static List<ChatSource> inJsonFile(Path json, ReadOptions options) throws IOException {
        throw new UnsupportedOperationException("Messenger reader not written yet");
    }

    /** The threads inside a zipped export; empty when the zip holds no Messenger JSON. */
    public static List<ChatSource> inZip(SafeZip zip, ReadOptions options) throws IOException {
        return List.of();
    }
}
