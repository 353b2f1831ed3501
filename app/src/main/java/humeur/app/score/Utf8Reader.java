package humeur.app.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-8, replacing each invalid byte sequence with U+FFFD and reporting the line it is on (once per line),
 * where Java's own readers would either replace silently or throw and lose the rest of the file. A leading byte
 * order mark is dropped, since it would otherwise become part of the first text, CSV header or JSON line.
 */
final class Utf8Reader extends Reader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final LongConsumer invalidOnLine;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private long line = 1;
    private long lastReportedLine;

    /**
     * @param invalidOnLine told the (1-based) number of each line holding invalid UTF-8
     */
    Utf8Reader(InputStream in, LongConsumer invalidOnLine) {
        this.in = in;
        this.invalidOnLine = invalidOnLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        if (!started) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                if (!chars.hasRemaining()) {
                    return read(buffer, offset, length);
                }
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes more characters into {@link #chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        int counted = 0;
        while (chars.position() == 0 || chars.hasRemaining() && bytes.hasRemaining()) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isMalformed() || result.isUnmappable()) {
                if (!chars.hasRemaining()) {
                    break;
                }
                counted = countLines(counted);
                if (line != lastReportedLine) {
                    lastReportedLine = line;
                    invalidOnLine.accept(line);
                }
                bytes.position(bytes.position() + result.length());
                chars.put('\uFFFD');
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                decoder.flush(chars);
                flushed = true;
                break;
            } else {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }
        countLines(counted);
        chars.flip();
        return chars.hasRemaining();
    }

    // Lines are counted as characters are decoded, so that an invalid sequence is reported on its own line.
    private int countLines(int from) {
        char[] array = chars.array();
        for (int i = from; i < chars.position(); i++) {
            if (array[i] == '\n') {
                line++;
            }
        }
        return chars.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
