package humeur.app.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The report as one JSON document for notebooks: the model, the selection, and per contact their totals, trend and
 * periods with messages ({@code period}, {@code start}, {@code messages}, {@code mean}, {@code low}, {@code high},
 * {@code negative}, {@code neutral}, {@code positive}). Aggregates only: no message text.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** Writes {@code data} to {@code out}, indented. */
    public static void write(ReportData data, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeObjectFieldStart("model");
            json.writeStringField("name", data.model().name());
            json.writeStringField("identity", data.model().identity());
            json.writeEndObject();
            json.writeStringField("by", data.selection().by().id());
            json.writeStringField("from", date(data.selection().from()));
            json.writeStringField("to", date(data.selection().to()));
            json.writeArrayFieldStart("chats");
            for (String chat : data.chats()) {
                json.writeString(chat);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("contacts");
            for (ContactOverview contact : data.overviews()) {
                json.writeStartObject();
                json.writeStringField("contact", contact.contact());
                tally(json, contact.total());
                if (Double.isNaN(contact.trend())) {
                    json.writeNullField("trend");
                } else {
                    json.writeNumberField("trend", Numbers.rounded(contact.trend()));
                }
                json.writeArrayFieldStart("periods");
                for (PeriodAggregate p : contact.periods()) {
                    json.writeStartObject();
                    json.writeStringField("period", p.label());
                    json.writeStringField("start", p.start().toString());
                    tally(json, p.tally());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void tally(JsonGenerator json, Tally t) throws IOException {
        json.writeNumberField("messages", t.count());
        json.writeNumberField("mean", Numbers.rounded(t.mean()));
        json.writeNumberField("low", Numbers.rounded(t.low()));
        json.writeNumberField("high", Numbers.rounded(t.high()));
        for (Sentiment s : Sentiment.values()) {
            json.writeNumberField(s.id(), Numbers.rounded(t.share(s)));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
