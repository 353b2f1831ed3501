package humeur.app.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * JSON Lines: one object per line, its text in a string field ({@code text} unless told otherwise). A line that is
 * not a JSON object, or lacks the field, is skipped with a warning; blank lines are passed over silently, as JSON
 * Lines writers often end with one.
 */
final class JsonlInput implements TextInput {
    private static final JsonFactory JSON = new JsonFactory();

    private final String source;
    private final String field;
    private final CountingInputStream bytes;
    private final LineReader lines;
    private final InputWarnings warnings;

    JsonlInput(String source, String field, CountingInputStream bytes, LineReader lines, InputWarnings warnings) {
        this.source = source;
        this.field = field;
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
            if (line.text().isBlank()) {
                continue;
            }
            String text;
            try {
                text = textOf(line.text());
            } catch (JsonProcessingException e) {
                warnings.skipped(source, line.number(), "not valid JSON (" + e.getOriginalMessage() + ")");
                continue;
            }
            if (text == null) {
                warnings.skipped(source, line.number(), "no \"" + field + "\" string in this JSON object");
                continue;
            }
            return new TextRecord(source, line.number(), text);
        }
        return null;
    }

    /** The field's string in a line holding one JSON object, or {@code null} when it has no such string. */
    private String textOf(String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProcessingException("not a JSON object", p.currentLocation()) { };
            }
            String text = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                    text = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new JsonProcessingException("more than one JSON value on the line", p.currentLocation()) { };
            }
            return text;
        }
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
