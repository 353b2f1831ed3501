package humeur.corpora;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bounded line reading: line ends, over-long and non-UTF-8 lines skipped or reported, never held in memory whole. */
class LinesTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> all(Lines lines) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line; (line = lines.next()) != null; ) {
            out.add(line);
        }
        return out;
    }

    @Test
    void lineFeedCrLfAndAFinalLineWithoutEnd() throws Exception {
        Lines lines = Lines.strict(bytes("\uFEFFun\r\ndeux\n\ntrois"), "t.txt", 100);
        assertEquals("un", lines.next());
        assertTrue(lines.terminated());
        assertEquals(List.of("deux", "", "trois"), all(lines));
        assertFalse(lines.terminated());
        assertEquals(4, lines.number());
        assertEquals("t.txt: line 4", lines.location());
    }

    @Test
    void emptyStreamHasNoLines() throws Exception {
        assertEquals(List.of(), all(Lines.strict(bytes(""), "t.txt", 100)));
        assertEquals(List.of(""), all(Lines.strict(bytes("\n"), "t.txt", 100)));
    }

    @Test
    void aLineAtTheCapIsKeptOneByteMoreIsNot() throws Exception {
        Skips skips = new Skips();
        String ten = "0123456789";
        List<String> read = all(Lines.lenient(bytes(ten + "\r\n" + ten + "x\nfin"), "t.txt", 10, skips));
        assertEquals(List.of(ten, "fin"), read);
        assertEquals(1, skips.count(SkipReason.LINE_TOO_LONG));
        assertEquals("t.txt: line 2", skips.firstAt(SkipReason.LINE_TOO_LONG));
    }

    @Test
    void aFiveMegabyteLineIsPassedOver() throws Exception {
        byte[] huge = new byte[5 << 20];
        java.util.Arrays.fill(huge, (byte) 'a');
        InputStream in = new SequenceInputStream(new SequenceInputStream(bytes("avant\n"), new ByteArrayInputStream(huge)),
                bytes("\naprès\n"));
        Skips skips = new Skips();
        assertEquals(List.of("avant", "après"), all(Lines.lenient(in, "big.txt", Lines.DEFAULT_MAX_BYTES, skips)));
        assertEquals("big.txt: line 2", skips.firstAt(SkipReason.LINE_TOO_LONG));
        CorpusException e = assertThrows(CorpusException.class, () -> all(Lines.strict(
                new SequenceInputStream(bytes("avant\n"), new ByteArrayInputStream(huge)), "big.txt", Lines.DEFAULT_MAX_BYTES)));
        assertEquals("big.txt: line 2: line longer than 1048576 bytes", e.getMessage());
    }

    @Test
    void latin1LinesAreSkippedOrReported() throws Exception {
        byte[] latin1 = "ok\ncafé\nfin\n".getBytes(StandardCharsets.ISO_8859_1);
        Skips skips = new Skips();
        assertEquals(List.of("ok", "fin"), all(Lines.lenient(new ByteArrayInputStream(latin1), "l.txt", 100, skips)));
        assertEquals(1, skips.count(SkipReason.NOT_UTF8));
        assertEquals("1 not valid UTF-8 (first at l.txt: line 2)", skips.toString());
        CorpusException e = assertThrows(CorpusException.class,
                () -> all(Lines.strict(new ByteArrayInputStream(latin1), "l.txt", 100)));
        assertTrue(e.getMessage().startsWith("l.txt: line 2: not valid UTF-8"), e.getMessage());
    }

    @Test
    void aFailingStreamIsReportedWithItsFileAndLine() {
        InputStream broken = new SequenceInputStream(bytes("un\ndeux"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new java.io.EOFException("Unexpected end of ZLIB input stream");
            }
        });
        CorpusException e = assertThrows(CorpusException.class, () -> all(Lines.strict(broken, "x.gz", 100)));
        assertTrue(e.getMessage().startsWith("x.gz: line 2: cannot be read (Unexpected end"), e.getMessage());
    }
}
