package humeur.lm.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LmConfig} to and from a flat JSON object, with jackson-core's streaming API (no data binding needed). */
final class LmConfigJson {
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> FIELDS = List.of("architecture", "vocabularySize", "embeddingSize", "hiddenSize",
            "layers", "outputP", "hiddenP", "inputP", "embedP", "weightP", "dropMult", "padId", "tiedDecoder");

    private LmConfigJson() {
    }

    static String write(LmConfig config) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            Dropouts d = config.dropouts();
            json.writeStartObject();
            json.writeStringField("architecture", config.architecture().name());
            json.writeNumberField("vocabularySize", config.vocabularySize());
            json.writeNumberField("embeddingSize", config.embeddingSize());
            json.writeNumberField("hiddenSize", config.hiddenSize());
            json.writeNumberField("layers", config.layers());
            json.writeNumberField("outputP", d.output());
            json.writeNumberField("hiddenP", d.hidden());
            json.writeNumberField("inputP", d.input());
            json.writeNumberField("embedP", d.embed());
            json.writeNumberField("weightP", d.weight());
            json.writeNumberField("dropMult", config.dropMult());
            json.writeNumberField("padId", config.padId());
            json.writeBooleanField("tiedDecoder", config.tiedDecoder());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static LmConfig read(String text) {
        Map<String, String> values = new HashMap<>();
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("language model configuration: expected a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (!FIELDS.contains(name)) {
                    throw new IllegalArgumentException("language model configuration: unknown field '" + name + "'");
                }
                json.nextToken();
                values.put(name, json.getText());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("language model configuration: not valid JSON: " + e.getMessage(), e);
        }
        for (String field : FIELDS) {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("language model configuration: missing field '" + field + "'");
            }
        }
        Dropouts dropouts = new Dropouts(f(values, "outputP"), f(values, "hiddenP"), f(values, "inputP"),
                f(values, "embedP"), f(values, "weightP"));
        return new LmConfig(Architecture.valueOf(values.get("architecture")), i(values, "vocabularySize"),
                i(values, "embeddingSize"), i(values, "hiddenSize"), i(values, "layers"), dropouts,
                f(values, "dropMult"), i(values, "padId"), Boolean.parseBoolean(values.get("tiedDecoder")));
    }

    private static int i(Map<String, String> values, String field) {
        try {
            return Integer.parseInt(values.get(field));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("language model configuration: field '" + field + "' is not an integer");
        }
    }

    private static float f(Map<String, String> values, String field) {
        try {
            return Float.parseFloat(values.get(field));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("language model configuration: field '" + field + "' is not a number");
        }
    }
}
