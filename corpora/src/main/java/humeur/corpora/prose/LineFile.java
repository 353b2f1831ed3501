package humeur.corpora.prose;

import humeur.corpora.CleanText;
import humeur.corpora.CorpusException;
import humeur.corpora.Lines;
import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.SkipReason;
import humeur.corpora.Skips;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The paragraphs of one prose file. Header lines name the document of the lines after them; lines before any header
 * are cut into documents of {@value #BLOCK_LINES} consecutive lines, so that a split keeps neighbouring sentences
 * together without sending a whole sentence file to one side. Blank lines separate nothing and are passed over.
 */
final class LineFile implements ParagraphReader {
    static final int BLOCK_LINES = 100;

    private final Path file;
    private final String name;
    private final Lines lines;
    private final boolean tatoeba;
    private final boolean requireText;
    private final Skips skips;
    private String document;
    private long paragraphs;

    private LineFile(Path file, Lines lines, boolean tatoeba, boolean requireText, Skips skips) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.lines = lines;
        this.tatoeba = tatoeba;
        this.requireText = requireText;
        this.skips = skips;
    }

    /**
     * Opens {@code file}; {@code requireText} makes a file without any text an error, {@code skips} is where to count
     * skips (a new count when null).
     */
    static LineFile open(Path file, int maxLineBytes, boolean requireText, Skips skips) throws IOException {
        String name = file.getFileName().toString();
        Skips counted = skips != null ? skips : new Skips();
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (ZipException | EOFException e) {
            in.close();
            throw new CorpusException(file + ": not a gzip file, or an empty one, despite its name (" + e.getMessage() + ")");
        }
        boolean tatoeba = name.endsWith(".tsv") || name.endsWith(".tsv.gz");
        return new LineFile(file, Lines.lenient(in, file.toString(), maxLineBytes, counted), tatoeba, requireText, counted);
    }

    @Override
    public Paragraph read() throws IOException {
        for (String line; (line = lines.next()) != null; ) {
            String text = tatoeba ? french(line) : prose(line);
            if (text == null || (text = CleanText.of(text)).isEmpty()) {
                continue;
            }
            paragraphs++;
            String in = document != null ? document : name + " lines " + blockStart() + "-" + (blockStart() + BLOCK_LINES - 1);
            return new Paragraph(text, in, lines.location());
        }
        if (requireText && paragraphs == 0) {
            throw new CorpusException(file + ": no text in this file (empty corpus)");
        }
        return null;
    }

    private long blockStart() {
        return (lines.number() - 1) / BLOCK_LINES * BLOCK_LINES + 1;
    }

    private String prose(String line) {
        if (line.startsWith("#")) {
            String header = Headers.name(line);
            if (header != null) {
                document = name + "/" + header;
                return null;
            }
        }
        return line;
    }

    /** The French column of a Tatoeba {@code english<TAB>french} line; the export's last line is cut short. */
    private String french(String line) {
        if (!lines.terminated()) {
            skips.add(SkipReason.INCOMPLETE_LAST_LINE, lines.location());
            return null;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
            if (!line.isBlank()) {
                skips.add(SkipReason.MALFORMED, lines.location());
            }
            return null;
        }
        int end = line.indexOf('\t', tab + 1);
        return line.substring(tab + 1, end < 0 ? line.length() : end);
    }

    @Override
    public Skips skipped() {
        return skips;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
