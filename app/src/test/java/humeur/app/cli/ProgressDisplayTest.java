package humeur.app.cli;

import humeur.app.store.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressDisplayTest {
    @TempDir
    Path dir;

    /** What a display drawing on a terminal (or not) shows for {@code file} over a few thousand messages. */
    private static String shown(boolean terminal, Path file) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ProgressDisplay display = new ProgressDisplay(terminal ? new PrintStream(captured, true, "UTF-8") : null);
        try (ProgressDisplay.Bar bar = display.start(file, "Natan")) {
            Messages.numbered(5_000).forEach(bar::read);
        }
        return captured.toString("UTF-8");
    }

    private Path largeFile() throws Exception {
        Path file = dir.resolve("large.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(ProgressDisplay.LARGE_FILE);
        }
        return file;
    }

    @Test
    void showsNothingWhenStderrIsNotATerminal() throws Exception {
        assertEquals("", shown(false, largeFile()));
    }

    @Test
    void showsNothingForASmallFileOrAFolder() throws Exception {
        Path small = Files.writeString(dir.resolve("small.txt"), "a few lines\n");
        assertEquals("", shown(true, small));
        assertEquals("", shown(true, dir));
    }

    @Test
    void followsALargeTextFileByLineOnATerminal() throws Exception {
        String shown = shown(true, largeFile());
        // Cleared at the end; what was drawn names the chat and counts lines.
        assertTrue(shown.contains("Natan"), shown);
        assertTrue(shown.contains("5000/5000 lines"), shown);
    }
}
