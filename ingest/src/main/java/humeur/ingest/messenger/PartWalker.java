package humeur.ingest.messenger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import humeur.ingest.ExportException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams through one JSON file of a thread: keeps the few root fields (title, participants) and hands each element
 * of {@code messages} to a handler, so that callers choose how much of a message to read. Both layouts are walked the
 * same way: {@code title} / {@code threadName}, participants as {@code {name}} objects or as plain strings.
 * What was seen stays readable after a failure, which lets a damaged file still be recognised.
 */
final class PartWalker {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one element of {@code messages}, leaving the parser on its last token. */
    interface ElementHandler {
        void element(JsonParser p, int index) throws IOException;
    }

    private final JsonFile file;
    private String title;
    private final List<String> participants = new ArrayList<>();
    private boolean classicKeys;
    private boolean camelCaseKeys;
    private boolean sawMessages;
    private int messageCount;

    PartWalker(JsonFile file) {
        this.file = file;
    }

    /**
     * Walks the whole file. Invalid JSON, a root that is not an object with a list of messages, and a file that cannot
     * be read at all are refused, always with an {@link ExportException} naming the file.
     */
    void walk(ElementHandler handler) throws ExportException {
        JsonParser p = null;
        try (InputStream in = file.open(); JsonParser parser = JSON.createParser(in)) {
            p = parser;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw JsonErrors.at(file, "", "not a Messenger export (the JSON is not an object with a \"messages\" list)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                field(p, p.currentName(), p.nextToken(), handler);
            }
            if (p.nextToken() != null) {
                throw JsonErrors.at(file, "", "unexpected data after the end of the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.invalid(file, p == null ? null : p.getParsingContext(), e);
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(file.where() + ": cannot be read: " + e, e);
        }
        if (!sawMessages) {
            throw JsonErrors.at(file, "", "not a Messenger export (no \"messages\" list)");
        }
    }

    private void field(JsonParser p, String key, JsonToken value, ElementHandler handler) throws IOException {
        switch (key) {
            case "messages" -> messages(p, value, handler);
            case "participants" -> participants(p, value);
            case "title", "threadName" -> {
                classicKeys |= key.equals("title");
                camelCaseKeys |= key.equals("threadName");
                title = value == JsonToken.VALUE_STRING ? MojibakeRepair.repair(p.getText()) : title;
                p.skipChildren();
            }
            case "thread_path", "is_still_participant", "thread_type" -> {
                classicKeys = true;
                p.skipChildren();
            }
            default -> p.skipChildren();
        }
    }

    private void messages(JsonParser p, JsonToken value, ElementHandler handler) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw JsonErrors.at(file, "messages", "expected a list, found " + tokenWords(value));
        }
        sawMessages = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            handler.element(p, messageCount++);
        }
    }

    private void participants(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren(); // a list for people only: a surprising shape costs the list, not the thread
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
                camelCaseKeys = true;
                participants.add(MojibakeRepair.repair(p.getText()));
            } else if (JsonTree.read(p) instanceof Map<?, ?> person && person.get("name") instanceof String n) {
                classicKeys = true;
                participants.add(MojibakeRepair.repair(n));
            }
        }
    }

    private static String tokenWords(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> "null";
        };
    }

    String title() {
        return title;
    }

    List<String> participants() {
        return List.copyOf(participants);
    }

    /** Whether root keys of the older layout ({@code title}, participants as objects…) were seen. */
    boolean classicKeys() {
        return classicKeys;
    }

    /** Whether root keys of the end-to-end-encrypted layout ({@code threadName}, participants as strings) were seen. */
    boolean camelCaseKeys() {
        return camelCaseKeys;
    }

    boolean sawMessages() {
        return sawMessages;
    }

    int messageCount() {
        return messageCount;
    }
}
