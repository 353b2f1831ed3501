package humeur.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses JSON Lines output back into maps (nested objects as maps, numbers as doubles or longs), for tests. */
final class JsonRecords {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonRecords() {
    }

    /** Each line of {@code text} as a map. */
    static List<Map<String, Object>> parse(String text) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                try (JsonParser p = JSON.createParser(line)) {
                    p.nextToken();
                    records.add(object(p));
                    if (p.nextToken() != null) {
                        throw new IllegalArgumentException("more than one value on a line: " + line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return records;
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            map.put(name, switch (t) {
                case START_OBJECT -> object(p);
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_NULL -> null;
                case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                default -> throw new IllegalArgumentException("unexpected " + t);
            });
        }
        return map;
    }
}
