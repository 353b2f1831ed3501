package humeur.ingest.whatsapp;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.ReadOptions;
import humeur.ingest.SafeZip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;

/** WhatsApp exports: a chat text file, or a zip holding one with the media, read in place. */
public final class WhatsAppExport {
    private WhatsAppExport() {
    }

    /** The chat of a {@code .txt} export, named after the file. */
    public static ChatSource inTextFile(Path file, ReadOptions options) throws IOException {
        String name = ChatNames.fromFileName(file.getFileName().toString());
        return new WhatsAppChat(name, file.toString(), () -> Files.newInputStream(file), options);
    }

    /**
     * The chat of a zipped export, read from the archive without extracting it: {@code _chat.txt} (iOS) or the
     * {@code WhatsApp Chat with ….txt} entry (Android), else the only {@code .txt} entry. Named after the chat text,
     * or after the zip for iOS's {@code _chat.txt}.
     */
    public static List<ChatSource> inZip(SafeZip zip, ReadOptions options) throws IOException {
        ZipEntry entry = chatEntry(zip);
        String entryFile = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        String zipFile = zip.path().getFileName().toString();
        String name = ChatNames.fromFileName(entryFile.equals("_chat.txt") ? zipFile : entryFile);
        String origin = zip.path() + "!/" + entry.getName();
        return List.of(new WhatsAppChat(name, origin, () -> zip.open(entry), options));
    }

    private static ZipEntry chatEntry(SafeZip zip) throws ExportException {
        List<ZipEntry> entries = zip.entries();
        List<ZipEntry> chats = entries.stream()
                .filter(e -> ChatNames.isChatEntryName(e.getName()))
                .sorted(Comparator.comparing((ZipEntry e) -> !e.getName().endsWith("_chat.txt")))
                .toList();
        if (!chats.isEmpty()) {
            return chats.get(0);
        }
        List<ZipEntry> texts = entries.stream()
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".txt"))
                .toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        throw new ExportException(zip.path() + ": no chat in this zip (expected _chat.txt or \"WhatsApp Chat with ….txt\""
                + (texts.isEmpty() ? ", and it holds no .txt file)" : ", and it holds " + texts.size() + " other .txt files)"));
    }
}
