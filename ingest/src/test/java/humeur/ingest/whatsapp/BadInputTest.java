package humeur.ingest.whatsapp;

import humeur.ingest.ExportException;
import humeur.ingest.Exports;
import humeur.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not readable chats get one clear message naming the file (and line), never garbage. */
class BadInputTest {
    private static final String CHAT = "26/09/2019 à 22:39 - Natan: Ça va très bien, merci ! 😊\n26/09/2019 à 22:40 - Léa: génial\n";

    @TempDir
    Path dir;

    private String failure(Path file, ReadOptions options) {
        ExportException e = assertThrows(ExportException.class, () -> ChatFiles.read(file, options));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void emptyFile() throws Exception {
        Path file = ChatFiles.write(dir, "empty.txt", "");
        assertTrue(failure(file, ReadOptions.defaults()).contains("empty"));
    }

    @Test
    void binaryFile() throws Exception {
        Path file = dir.resolve("photo.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        assertTrue(failure(file, ReadOptions.defaults()).contains("binary"));
    }

    @Test
    void textThatIsNotAChat() throws Exception {
        Path file = ChatFiles.write(dir, "notes.txt", "Liste de courses\n- pain\n- lait\n".repeat(30));
        assertTrue(failure(file, ReadOptions.defaults()).contains("not a WhatsApp chat"));
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkIsRead() throws Exception {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE}) {
            Path file = ChatFiles.write(dir, "utf16-" + charset.name() + ".txt", CHAT, charset);
            ChatFiles.Read read = ChatFiles.read(file, ReadOptions.defaults());
            assertEquals("Ça va très bien, merci ! 😊", read.messages().get(0).text());
            assertTrue(read.reader().notes().stream().anyMatch(n -> n.contains("UTF-16")));
        }
    }

    @Test
    void latin1IsReportedAtItsLineUnlessAsked() throws Exception {
        Path file = ChatFiles.write(dir, "latin1.txt", CHAT, StandardCharsets.ISO_8859_1);
        String message = failure(file, ReadOptions.defaults());
        assertTrue(message.contains("line 1") && message.contains("--encoding windows-1252"), message);
        ChatFiles.Read read = ChatFiles.read(file, ReadOptions.defaults().withCharset(Charset.forName("windows-1252")));
        assertEquals("génial", read.messages().get(1).text());
    }

    @Test
    void missingFile() {
        ExportException e = assertThrows(ExportException.class, () -> Exports.open(dir.resolve("nope.txt"), ReadOptions.defaults()));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
