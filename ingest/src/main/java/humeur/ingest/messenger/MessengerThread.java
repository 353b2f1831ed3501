package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportFormat;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.util.List;

/**
 * One Messenger thread: its parts, read again from the start at each {@link #open()}.
 *
 * @param name    the thread's title, repaired
 * @param origin  the thread folder or file, for messages
 * @param parts   its JSON files in part-number order
 * @param format  its layout
 * @param options how to read it (the zone of local times)
 */
record MessengerThread(String name, String origin, List<JsonFile> parts, ExportFormat format, ReadOptions options)
        implements ChatSource {

    @Override
    public String platform() {
        return "messenger";
    }

    @Override
    public MessageReader open() throws IOException {
        return new ThreadReader(parts, format, options.zone());
    }
}
