package humeur.app.score;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * CSV (RFC 4180 quoting, texts may span lines) or TSV (no quoting) with a header line; the texts are in one named
 * column. A record too short to reach that column is skipped with a warning; a file whose quoting is broken stops
 * at the break, with an error naming the line.
 */
final class CsvInput implements TextInput {
    private final String source;
    private final CountingInputStream bytes;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int column;
    private final String columnName;
    private final InputWarnings warnings;
    private final String formatName;

    private CsvInput(String source, String formatName, CountingInputStream bytes, CSVParser parser, int column, String columnName,
                     InputWarnings warnings) {
        this.source = source;
        this.formatName = formatName;
        this.bytes = bytes;
        this.parser = parser;
        this.records = parser.iterator();
        this.column = column;
        this.columnName = columnName;
        this.warnings = warnings;
    }

    /**
     * Opens {@code reader} as CSV or TSV and finds {@code columnName} in its header.
     *
     * @throws IOException when the header is missing or lacks the column; the message lists the columns found
     */
    static CsvInput open(String source, InputFormat format, String columnName, CountingInputStream bytes,
                         Reader reader, InputWarnings warnings) throws IOException {
        CSVFormat csv = (format == InputFormat.tsv
                ? CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false)
                : CSVFormat.RFC4180.builder())
                .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader).setFormat(csv).get();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            reader.close();
            throw new IOException(source + ": cannot read its header line: " + message(e), e);
        }
        int column = parser.getHeaderNames().indexOf(columnName);
        if (column < 0) {
            String found = parser.getHeaderNames().isEmpty() ? "none: the file is empty"
                    : String.join(", ", parser.getHeaderNames());
            parser.close();
            throw new IOException(source + ": no column \"" + columnName + "\" (columns found: " + found
                    + "); name the column of the texts with --column");
        }
        return new CsvInput(source, format.name().toUpperCase(java.util.Locale.ROOT), bytes, parser, column, columnName, warnings);
    }

    @Override
    public TextRecord next() throws IOException {
        while (true) {
            // The line a record starts on: the parser has read up to the end of the previous one.
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new IOException(source + ": line " + line + ": cannot be read as " + formatName + " ("
                        + message(e) + "); the records before it were scored", e);
            }
            if (record.size() <= column) {
                warnings.skipped(source, line, "no value in column \"" + columnName + "\" (" + record.size()
                        + " of " + parser.getHeaderNames().size() + " columns)");
                continue;
            }
            return new TextRecord(source, line, record.get(column));
        }
    }

    private static String message(RuntimeException e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
