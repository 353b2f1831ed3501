package humeur.ingest;

import humeur.ingest.messenger.MessengerExport;
import humeur.ingest.whatsapp.WhatsAppExport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The entry point of ingest: opens an export file or folder, whatever its format, and lists the chats it holds.
 *
 * <pre>{@code
 * try (ChatExport export = Exports.open(Path.of("Discussion WhatsApp avec Natan.zip"), ReadOptions.defaults())) {
 *     for (ChatSource chat : export.chats()) {
 *         try (MessageReader reader = chat.open()) {
 *             for (Message m; (m = reader.read()) != null; ) { ... }
 *         }
 *     }
 * }
 * }</pre>
 */
public final class Exports {
    private Exports() {
    }

    /**
     * Detects what {@code path} is (a WhatsApp {@code .txt} or {@code .zip}, a Messenger thread folder, export folder,
     * JSON file or zip) and opens it. Anything else is refused with an {@link ExportException} naming the file.
     */
    public static ChatExport open(Path path, ReadOptions options) throws IOException {
        if (!Files.exists(path)) {
            throw new ExportException(path + ": no such file or folder");
        }
        if (Files.isDirectory(path)) {
            List<ChatSource> threads = MessengerExport.inFolder(path, options);
            if (threads.isEmpty()) {
                throw new ExportException(path + ": no chat found in this folder (expected a Messenger export: "
                        + "message_1.json files in thread folders)");
            }
            return new OpenedExport(path, threads, null);
        }
        if (!Files.isReadable(path)) {
            throw new ExportException(path + ": cannot be read (permission denied)");
        }
        if (Files.size(path) == 0) {
            throw new ExportException(path + ": the file is empty");
        }
        if (isZip(path)) {
            return openZip(path, options);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new OpenedExport(path, MessengerExport.inJsonFile(path, options), null);
        }
        return new OpenedExport(path, List.of(WhatsAppExport.inTextFile(path, options)), null);
    }

    private static ChatExport openZip(Path path, ReadOptions options) throws IOException {
        SafeZip zip = SafeZip.open(path, options);
        try {
            List<ChatSource> chats = MessengerExport.inZip(zip, options);
            if (chats.isEmpty()) {
                chats = WhatsAppExport.inZip(zip, options);
            }
            return new OpenedExport(path, chats, zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static boolean isZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            // PK\3\4 starts a zip with entries, PK\5\6 an empty one
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
        }
    }

    private record OpenedExport(Path file, List<ChatSource> chats, SafeZip zip) implements ChatExport {
        @Override
        public void close() throws IOException {
            if (zip != null) {
                zip.close();
            }
        }
    }
}
