package humeur.corpora.labelled;

import humeur.corpora.CorpusException;
import humeur.corpora.Lines;

import java.io.IOException;
import java.nio.file.Path;

/** A {@code label<TAB>text} set without header, one record per line (the TV-series reviews); blank lines are passed over. */
final class TsvReader implements LabelledReader {
    private final Path file;
    private final Lines lines;
    private final LabelScheme scheme;
    private long records;

    private TsvReader(Path file, Lines lines, LabelScheme scheme) {
        this.file = file;
        this.lines = lines;
        this.scheme = scheme;
    }

    static TsvReader open(Path file, LabelScheme scheme) throws IOException {
        return new TsvReader(file, Rows.open(file), scheme);
    }

    @Override
    public LabelledText read() throws IOException {
        for (String line; (line = lines.next()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new CorpusException(lines.location() + ": no tab between label and text");
            }
            records++;
            return Rows.record(line.substring(tab + 1), line.substring(0, tab), scheme, lines.location());
        }
        if (records == 0) {
            throw Rows.empty(file);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
