package humeur.corpora.labelled;

import humeur.corpora.CorpusException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A CSV set with a header naming the columns {@code text} and {@code label} (in any order, among others): AlloCiné's
 * {@code train.csv}, the review scraper's labelled output. Every record must have as many fields as the header.
 */
final class CsvReader implements LabelledReader {
    private final Path file;
    private final CsvParser parser;
    private final LabelScheme scheme;
    private final int columns;
    private final int textColumn;
    private final int labelColumn;
    private long records;

    private CsvReader(Path file, CsvParser parser, LabelScheme scheme, List<String> header) throws CorpusException {
        this.file = file;
        this.parser = parser;
        this.scheme = scheme;
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        this.columns = header.size();
        this.textColumn = names.indexOf("text");
        this.labelColumn = names.indexOf("label");
        if (textColumn < 0 || labelColumn < 0) {
            throw new CorpusException(parser.location() + ": the header must name the columns text and label, found "
                    + Rows.shorten(String.join(",", header)));
        }
    }

    static CsvReader open(Path file, LabelScheme scheme) throws IOException {
        CsvParser parser = new CsvParser(Rows.open(file), file.toString());
        try {
            List<String> header = parser.next();
            if (header == null) {
                throw Rows.empty(file);
            }
            return new CsvReader(file, parser, scheme, header);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    @Override
    public LabelledText read() throws IOException {
        List<String> fields = parser.next();
        if (fields == null) {
            if (records == 0) {
                throw Rows.empty(file);
            }
            return null;
        }
        if (fields.size() != columns) {
            throw new CorpusException(parser.location() + ": " + fields.size() + " fields where the header has " + columns
                    + " (an unquoted comma in the text?)");
        }
        records++;
        return Rows.record(fields.get(textColumn), fields.get(labelColumn), scheme, parser.location());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
