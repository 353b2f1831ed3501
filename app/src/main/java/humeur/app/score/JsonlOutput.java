package humeur.app.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import humeur.classifier.SentimentScore;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * JSON Lines: per text, {@code {"file", "line", "text", "label", "score", "probabilities": {"negative", "neutral",
 * "positive"}}}, {@code file} being {@code "-"} for standard input.
 */
final class JsonlOutput implements ScoreOutput {
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final Writer out;
    private final StringWriter batch = new StringWriter();
    private final JsonGenerator json;

    JsonlOutput(Writer out) throws IOException {
        this.out = out;
        this.json = JSON.createGenerator(batch);
    }

    @Override
    public void add(ScoredText scored) throws IOException {
        SentimentScore s = scored.score();
        json.writeStartObject();
        json.writeStringField("file", scored.input().source());
        json.writeNumberField("line", scored.input().line());
        json.writeStringField("text", scored.input().text());
        json.writeStringField("label", s.label());
        json.writeNumberField("score", s.score());
        json.writeObjectFieldStart("probabilities");
        json.writeNumberField("negative", s.negative());
        json.writeNumberField("neutral", s.neutral());
        json.writeNumberField("positive", s.positive());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void endBatch() throws IOException {
        json.flush();
        StringBuffer text = batch.getBuffer();
        out.append(text);
        out.flush();
        text.setLength(0);
    }

    @Override
    public void close() throws IOException {
        endBatch();
        json.close();
    }
}
