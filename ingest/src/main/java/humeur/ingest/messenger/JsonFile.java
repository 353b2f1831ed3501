package humeur.ingest.messenger;

import humeur.ingest.SafeZip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * One JSON file of an export, on disk or inside a zip, which can be opened as many times as needed (threads are read
 * in several passes).
 *
 * @param name   the file name alone, e.g. {@code message_2.json}
 * @param where  the file for messages: its path, or {@code archive.zip!/entry} inside a zip
 * @param opener opens its bytes
 */
record JsonFile(String name, String where, Opener opener) {
    private static final Pattern PART = Pattern.compile("message_(\\d{1,9})\\.json");

    /** Opens the bytes of a file; the zip's limits apply to entries. */
    interface Opener {
        InputStream open() throws IOException;
    }

    static JsonFile of(Path path) {
        return new JsonFile(path.getFileName().toString(), path.toString(), () -> Files.newInputStream(path));
    }

    static JsonFile of(SafeZip zip, ZipEntry entry) {
        String entryName = entry.getName();
        int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
        return new JsonFile(entryName.substring(slash + 1), zip.path() + "!/" + entryName,
                () -> zip.open(entry));
    }

    /** Whether a file name is a part of a classic thread, {@code message_N.json}. */
    static boolean isPartName(String fileName) {
        return PART.matcher(fileName).matches();
    }

    /** N for {@code message_N.json}, 1 for any other file (an end-to-end-encrypted thread is one file). */
    int partNumber() {
        Matcher m = PART.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 1;
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
