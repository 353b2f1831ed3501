package humeur.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import humeur.app.store.StoredTimestamp;
import humeur.ingest.Message;
import humeur.ingest.Reaction;
import humeur.ingest.SkippedInput;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes what {@code humeur import --dry-run --json} shows: one JSON object per line, a message, or a piece of the
 * file that was skipped ({@code {"chat": …, "skipped": {"location", "content", "reason"}}}), in file order.
 */
final class JsonLines implements Closeable {
    private final JsonGenerator json;

    JsonLines(Writer out) throws IOException {
        // No separator between top-level objects: each is ended by a line break instead (JSON Lines).
        JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
        this.json = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /**
     * Writes a message: {@code chat}, {@code timestamp} (ISO-8601 local time), {@code author} (null for events),
     * {@code text}, {@code kind}, then, only when present, {@code media}, {@code caption}, {@code edited},
     * {@code outside_contacts}, {@code reactions} and {@code line}.
     */
    void message(String chat, Message m) throws IOException {
        json.writeStartObject();
        json.writeStringField("chat", chat);
        json.writeStringField("timestamp", StoredTimestamp.format(m.timestamp()));
        json.writeStringField("author", m.author());
        json.writeStringField("text", m.text());
        json.writeStringField("kind", m.kind().id());
        if (m.media() != null) {
            json.writeStringField("media", m.media());
        }
        if (m.caption() != null) {
            json.writeStringField("caption", m.caption());
        }
        if (m.edited()) {
            json.writeBooleanField("edited", true);
        }
        if (m.outsideContacts()) {
            json.writeBooleanField("outside_contacts", true);
        }
        if (!m.reactions().isEmpty()) {
            json.writeArrayFieldStart("reactions");
            for (Reaction r : m.reactions()) {
                json.writeStartObject();
                json.writeStringField("actor", r.actor());
                json.writeStringField("reaction", r.reaction());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (m.line() > 0) {
            json.writeNumberField("line", m.line());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Writes a piece of the file the reader could not understand. */
    void skipped(String chat, SkippedInput s) throws IOException {
        json.writeStartObject();
        json.writeStringField("chat", chat);
        json.writeObjectFieldStart("skipped");
        json.writeStringField("location", s.location());
        json.writeStringField("content", s.content());
        json.writeStringField("reason", s.reason());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Flushes what was written; the underlying writer stays open. */
    @Override
    public void close() throws IOException {
        json.close();
    }
}
