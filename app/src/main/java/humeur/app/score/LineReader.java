package humeur.app.score;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by {@code \n} or {@code \r\n}) with their numbers, refusing to hold a line longer than a limit
 * in memory: a file with no line breaks at all (a binary, a minified dump) must not exhaust the heap.
 */
final class LineReader implements AutoCloseable {
    /** A line: its number, and its text, {@code null} when it was longer than the limit and was skipped. */
    record Line(long number, String text) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.length() + position - start > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, position - start);
                }
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return new Line(number, line.substring(0, end));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
