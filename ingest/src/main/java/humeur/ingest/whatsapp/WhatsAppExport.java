package humeur.ingest.whatsapp;

import humeur.ingest.ChatSource;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** WhatsApp exports: a chat text file, or a zip holding one with media. (Being written.) */
public final class WhatsAppExport {
    private WhatsAppExport() {
    }

    /** The chat of a {@code .txt} export. */
    public static ChatSource inTextFile(Path file, ReadOptions options) throws IOException {
        throw new UnsupportedOperationException("WhatsApp reader not written yet");
    }

    /** The chat of a zipped export, read from the archive without extracting it. */
    public static List<ChatSource> inZip(SafeZip zip, ReadOptions options) throws IOException {
        throw new UnsupportedOperationException("WhatsApp reader not written yet");
    }
}
