package humeur.app.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the inputs of {@code humeur score}: files by their extension or a given format, and standard input. */
public final class TextInputs {
    /** The longest text kept in memory, in characters; longer lines are skipped with a warning. */
    public static final int MAX_TEXT_CHARS = 4_000_000;
    static final String TOO_LONG = "longer than " + String.format("%,d", MAX_TEXT_CHARS) + " characters";

    private final String field;
    private final InputWarnings warnings;

    /**
     * @param field    the CSV/TSV column or JSON field holding the texts
     * @param warnings where inputs report what they skip
     */
    public TextInputs(String field, InputWarnings warnings) {
        this.field = field;
        this.warnings = warnings;
    }

    /**
     * Opens {@code file}, in {@code format} or, when that is {@code null}, the format its extension says.
     *
     * @throws IOException when the file cannot be opened, its format is unknown, or (CSV/TSV) it lacks the column;
     *                     the message names the file
     */
    public TextInput open(Path file, InputFormat format) throws IOException {
        String name = file.toString();
        InputFormat actual = format != null ? format : InputFormat.ofFileName(file.getFileName().toString());
        if (actual == null) {
            throw new IOException(name + ": cannot tell its format from its name (.txt, .csv, .tsv or .jsonl "
                    + "expected); say it with --input-format");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(name + ": is a folder, not a file of texts");
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IOException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException(name + ": permission denied", e);
        }
        return open(name, in, actual);
    }

    /** Reads {@code in} (standard input) in {@code format}, reporting its lines as those of {@code -}. */
    public TextInput open(InputStream in, InputFormat format) throws IOException {
        return open("-", in, format);
    }

    private TextInput open(String source, InputStream in, InputFormat format) throws IOException {
        CountingInputStream bytes = new CountingInputStream(in);
        Reader reader = new Utf8Reader(bytes,
                line -> warnings.warning(source, line, "invalid UTF-8, replaced by \uFFFD"));
        return switch (format) {
            case txt -> new TxtInput(source, bytes, new LineReader(reader, MAX_TEXT_CHARS), warnings);
            case jsonl -> new JsonlInput(source, field, bytes, new LineReader(reader, MAX_TEXT_CHARS), warnings);
            case csv, tsv -> CsvInput.open(source, format, field, bytes, reader, warnings);
        };
    }
}
