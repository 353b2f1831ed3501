package humeur.corpora.labelled;

import humeur.corpora.CorpusException;
import humeur.corpora.Lines;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records, on top of {@link Lines} so that every error names its line: fields separated by
 * commas, optionally quoted, a quote inside a quoted field doubled, quoted fields spanning lines. A quote inside an
 * unquoted field is kept as text, as spreadsheets write it; text after a closing quote is an error. Blank lines
 * between records are passed over. A record is capped at {@value #MAX_RECORD_CHARS} characters, so a quote never
 * closed is reported instead of swallowing the file.
 */
final class CsvParser implements Closeable {
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Lines lines;
    private final String where;
    private long start;

    /** Parses {@code lines}, read from the file {@code where} names. */
    CsvParser(Lines lines, String where) {
        this.lines = lines;
        this.where = where;
    }

    /** The fields of the next record, or null at the end. */
    List<String> next() throws IOException {
        String line;
        do {
            line = lines.next();
            if (line == null) {
                return null;
            }
        } while (line.isEmpty());
        start = lines.number();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        long chars = line.length();
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    int quote = line.indexOf('"', i);
                    if (quote < 0) {
                        field.append(line, i, line.length()).append('\n');
                        line = lines.next();
                        if (line == null) {
                            throw new CorpusException(location() + ": a quoted field is never closed");
                        }
                        chars += line.length() + 1;
                        if (chars > MAX_RECORD_CHARS) {
                            throw new CorpusException(location() + ": record longer than " + MAX_RECORD_CHARS
                                    + " characters (a quote never closed?)");
                        }
                        i = 0;
                    } else if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                        field.append(line, i, quote + 1);
                        i = quote + 2;
                    } else {
                        field.append(line, i, quote);
                        i = quote + 1;
                        if (i < line.length() && line.charAt(i) != ',') {
                            throw new CorpusException(lines.location() + ": unexpected text after a closing quote, at column " + (i + 1));
                        }
                        break;
                    }
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }

    /** Where the record last returned starts: {@code file: line 12}. */
    String location() {
        return where + ": line " + start;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
