package humeur.app.score;

import humeur.classifier.SentimentScore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV (RFC 4180, header line): {@code file,line,text,label,score,negative,neutral,positive}, {@code file} being
 * {@code -} for standard input. Texts are quoted when needed, line breaks included, so they read back as they were.
 */
final class CsvOutput implements ScoreOutput {
    static final String[] HEADER = {"file", "line", "text", "label", "score", "negative", "neutral", "positive"};

    private final Writer out;
    private final StringBuilder batch = new StringBuilder();
    private final CSVPrinter csv;

    CsvOutput(Writer out) throws IOException {
        this.out = out;
        this.csv = new CSVPrinter(batch, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    public void add(ScoredText scored) throws IOException {
        SentimentScore s = scored.score();
        csv.printRecord(scored.input().source(), scored.input().line(), scored.input().text(), s.label(),
                s.score(), s.negative(), s.neutral(), s.positive());
    }

    @Override
    public void endBatch() throws IOException {
        out.append(batch);
        out.flush();
        batch.setLength(0);
    }

    @Override
    public void close() throws IOException {
        endBatch();
    }
}
