package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Messenger threads of a "Download your information" export: on disk or zipped, a whole export or one
 * thread, in the older layout ({@code message_N.json} parts) or the end-to-end-encrypted one ({@code <Name>_<n>.json}).
 * Finding a thread reads its first file once, for its title; its messages are only read when it is opened.
 * A thread file that turns out damaged is still listed, so that reading it names the damage instead of the thread
 * silently missing from the import.
 */
public final class MessengerExport {
    private MessengerExport() {
    }

    /** The threads under a thread folder or a whole export folder; empty when there is none. */
    public static List<ChatSource> inFolder(Path folder, ReadOptions options) throws IOException {
        try {
            return chats(ExportLayout.inFolder(folder), options);
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(folder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The thread a {@code message_N.json} belongs to (its whole folder), or an end-to-end-encrypted thread file.
     * Any other JSON file is refused with an {@link ExportException} saying what is wrong with it.
     */
    public static List<ChatSource> inJsonFile(Path json, ReadOptions options) throws IOException {
        JsonFile file = JsonFile.of(json);
        ThreadHeader header = ThreadHeader.read(file);
        if (!header.messenger()) {
            throw header.problem() != null ? header.problem() : new ExportException(file.where()
                    + ": not a Messenger export (expected a message_1.json file of Facebook's \"Download your "
                    + "information\", or a thread file of the end-to-end-encrypted export)");
        }
        if (JsonFile.isPartName(file.name())) {
            ExportLayout.ThreadFiles thread = ExportLayout.threadFolder(json.toAbsolutePath().getParent());
            return List.of(chat(thread, ThreadHeader.read(thread.parts().get(0)), options));
        }
        return List.of(chat(ExportLayout.oneFile(file), header, options));
    }

    /** The threads inside a zipped export; empty when the zip holds no Messenger JSON. */
    public static List<ChatSource> inZip(SafeZip zip, ReadOptions options) throws IOException {
        return chats(ExportLayout.inZip(zip), options);
    }

    private static List<ChatSource> chats(List<ExportLayout.ThreadFiles> threads, ReadOptions options) {
        List<ChatSource> chats = new ArrayList<>();
        for (ExportLayout.ThreadFiles thread : threads) {
            ThreadHeader header = ThreadHeader.read(thread.parts().get(0));
            // a candidate by name only must show it is a thread; a message_N.json part is one even if damaged
            boolean keep = thread.maybe() ? header.messenger() : header.messenger() || header.problem() != null;
            if (keep) {
                chats.add(chat(thread, header, options));
            }
        }
        return chats;
    }

    private static ChatSource chat(ExportLayout.ThreadFiles thread, ThreadHeader header, ReadOptions options) {
        // without a title (a damaged file), the folder or file name is the best name left: for a one-file thread,
        // it is the title itself; for a part, Facebook's ASCII form of it
        String name = header.title() != null && !header.title().isBlank() ? header.title() : thread.fallbackName();
        return new MessengerThread(name, thread.origin(), thread.parts(), header.format(), options);
    }
}
