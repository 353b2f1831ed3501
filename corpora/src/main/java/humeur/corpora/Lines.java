package humeur.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a UTF-8 stream line by line with a cap on line length: a longer line is passed over byte by byte, never held
 * in memory, which {@link java.io.BufferedReader#readLine()} cannot promise. Lines end at LF or CRLF; a byte-order
 * mark at the start is dropped. A lenient reader skips over-long and non-UTF-8 lines and counts them in a
 * {@link Skips}; a strict one throws a {@link CorpusException} naming the file and line.
 */
public final class Lines implements Closeable {
    /** The default cap, 1 MiB: far above any paragraph, far below a worrying allocation. */
    public static final int DEFAULT_MAX_BYTES = 1 << 20;

    private final InputStream in;
    private final String where;
    private final int maxBytes;
    private final Skips skips;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private long number;
    private boolean terminated;

    private Lines(InputStream in, String where, int maxBytes, Skips skips) {
        this.in = in;
        this.where = where;
        this.maxBytes = maxBytes;
        this.skips = skips;
    }

    /** A reader that skips, and counts in {@code skips}, lines over {@code maxBytes} bytes or not in UTF-8. */
    public static Lines lenient(InputStream in, String where, int maxBytes, Skips skips) {
        return new Lines(in, where, maxBytes, skips);
    }

    /** A reader that stops with an error naming {@code where} and the line at a line over the cap or not in UTF-8. */
    public static Lines strict(InputStream in, String where, int maxBytes) {
        return new Lines(in, where, maxBytes, null);
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public String next() throws IOException {
        while (true) {
            long read = readRaw();
            if (read < 0) {
                return null;
            }
            SkipReason problem = read > maxBytes ? SkipReason.LINE_TOO_LONG
                    : Utf8.isValid(line, 0, length) ? null : SkipReason.NOT_UTF8;
            if (problem == null) {
                return new String(line, 0, length, StandardCharsets.UTF_8);
            }
            if (skips == null) {
                throw new CorpusException(location() + ": " + (problem == SkipReason.NOT_UTF8
                        ? "not valid UTF-8 text (is the file in another encoding?)"
                        : "line longer than " + maxBytes + " bytes"));
            }
            skips.add(problem, location());
        }
    }

    /** The number of the line last returned or skipped, from 1. */
    public long number() {
        return number;
    }

    /** Whether the line last returned ended with a line feed: false for a last line cut short. */
    public boolean terminated() {
        return terminated;
    }

    /** The file and line last read, for messages: {@code where: line 12}. */
    public String location() {
        return where + ": line " + number;
    }

    /** Reads one line into {@link #line} (its first {@code maxBytes} bytes); returns its full length, -1 at the end. */
    private long readRaw() throws IOException {
        length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return -1;
                }
                number++;
                terminated = false;
                return dropCarriageReturn(total);
            }
            any = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - start;
            if (total + chunk <= maxBytes + 1L) {
                append(start, chunk);
            }
            total += chunk;
            if (end < limit) {
                position = end + 1;
                number++;
                terminated = true;
                return dropCarriageReturn(total);
            }
            position = limit;
        }
    }

    /** Drops the CR of a CRLF and a leading byte-order mark from a line held whole; returns its length in bytes. */
    private long dropCarriageReturn(long total) {
        if (total > maxBytes + 1L) {
            return total;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
        }
        return length;
    }

    private void append(int start, int chunk) {
        if (length + chunk > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, length + chunk)];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
    }

    private boolean fill() throws IOException {
        int n;
        try {
            n = in.read(buffer, 0, buffer.length);
        } catch (CorpusException e) {
            throw e;
        } catch (IOException e) {
            throw new CorpusException(where + ": line " + (number + 1) + ": cannot be read (" + e.getMessage()
                    + "); the file may be truncated or corrupt", e);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
