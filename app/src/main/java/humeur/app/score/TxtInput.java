package humeur.app.score;

import java.io.IOException;

/**
 * A text file of one text per line. Every line is a text, blank ones included, so that the n-th output record is
 * the n-th line; a line longer than the limit is skipped with a warning.
 */
final class TxtInput implements TextInput {
    private final String source;
    private final CountingInputStream bytes;
    private final LineReader lines;
    private final InputWarnings warnings;

    TxtInput(String source, CountingInputStream bytes, LineReader lines, InputWarnings warnings) {
        this.source = source;
        this.bytes = bytes;
        this.lines = lines;
        this.warnings = warnings;
    }

    @Override
    public TextRecord next() throws IOException {
        for (LineReader.Line line; (line = lines.next()) != null; ) {
            if (line.text() == null) {
                warnings.skipped(source, line.number(), TextInputs.TOO_LONG);
                continue;
            }
            return new TextRecord(source, line.number(), line.text());
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
