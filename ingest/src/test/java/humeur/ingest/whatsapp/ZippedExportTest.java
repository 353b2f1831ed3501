package humeur.ingest.whatsapp;

import humeur.ingest.ExportException;
import humeur.ingest.ExportFormat;
import humeur.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zipped exports are read in place: the chat entry chosen by name, suspicious archives refused. */
class ZippedExportTest {
    private static final String IOS = "[25/04/2020 14:03:12] Natan: Salut !\n[25/04/2020 14:04:00] Léa: \u200E<attached: 00000001-PHOTO-2020-04-25-14-04-00.jpg>\n";
    private static final String ANDROID = "26/09/2019 à 22:39 - Natan: Salut\n";

    @TempDir
    Path dir;

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndContents[i]));
                out.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void iosZipIsNamedAfterTheArchive() throws Exception {
        Path file = zip("WhatsApp Chat - Élodie 🌸.zip", "00000001-PHOTO-2020-04-25-14-04-00.jpg", "jpeg bytes", "_chat.txt", IOS);
        ChatFiles.Read read = ChatFiles.read(file, ReadOptions.defaults());
        assertEquals("Élodie 🌸", read.chatName());
        assertEquals(ExportFormat.WHATSAPP_IOS, read.reader().format());
        assertEquals(2, read.messages().size());
        assertEquals("00000001-PHOTO-2020-04-25-14-04-00.jpg", read.messages().get(1).media());
    }

    @Test
    void androidZipWithNonAsciiEntryNames() throws Exception {
        Path file = zip("export.zip", "IMG-20190926-WA0001.jpg", "jpeg", "Discussion WhatsApp avec Zoé.txt", ANDROID);
        ChatFiles.Read read = ChatFiles.read(file, ReadOptions.defaults());
        assertEquals("Zoé", read.chatName());
        assertEquals("Salut", read.messages().get(0).text());
    }

    @Test
    void zipWithoutChatIsRefused() throws Exception {
        Path file = zip("photos.zip", "IMG-1.jpg", "jpeg", "IMG-2.jpg", "jpeg");
        ExportException e = assertThrows(ExportException.class, () -> ChatFiles.read(file, ReadOptions.defaults()));
        assertTrue(e.getMessage().contains("no chat in this zip"), e.getMessage());
    }

    @Test
    void truncatedZipIsRefused() throws Exception {
        Path whole = zip("whole.zip", "_chat.txt", IOS.repeat(1000));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("WhatsApp Chat - Natan.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        ExportException e = assertThrows(ExportException.class, () -> ChatFiles.read(truncated, ReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith(truncated.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void deeplyCompressedEntryIsRefused() throws Exception {
        Path file = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("_chat.txt"));
            out.write(ANDROID.getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        ExportException e = assertThrows(ExportException.class, () -> ChatFiles.read(file, ReadOptions.defaults()));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void tooLargeEntryIsRefused() throws Exception {
        Path file = zip("big.zip", "_chat.txt", ANDROID.repeat(100));
        ReadOptions small = ReadOptions.defaults().withZipLimits(1000, 100);
        ExportException e = assertThrows(ExportException.class, () -> ChatFiles.read(file, small));
        assertTrue(e.getMessage().contains("suspiciously large"), e.getMessage());
    }

    @Test
    void entriesAreNeverExtracted() throws Exception {
        Path file = zip("WhatsApp Chat - Natan.zip", "_chat.txt", IOS);
        try (var files = Files.list(dir)) {
            long before = files.count();
            ChatFiles.read(file, ReadOptions.defaults());
            try (var after = Files.list(dir)) {
                assertEquals(before, after.count());
            }
        }
        OutputStream unused = OutputStream.nullOutputStream();
        unused.close();
    }
}
