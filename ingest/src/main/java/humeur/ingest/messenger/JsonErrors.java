package humeur.ingest.messenger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import humeur.ingest.ExportException;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns JSON problems into {@link ExportException}s a person can act on: the file (and zip entry), the JSON path such
 * as {@code messages[41].timestamp_ms}, and what is wrong, never Jackson's own wording alone.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    /** The JSON path of where a parser stands, e.g. {@code messages[41].content}; empty at the root. */
    static String path(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.hasCurrentIndex()) {
                segments.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** A problem at a JSON path of a file. */
    static ExportException at(JsonFile file, String path, String problem) {
        return new ExportException(file.where() + ": " + prefix(path) + problem);
    }

    /** The file is not valid JSON: says where, and whether it looks cut short. */
    static ExportException invalid(JsonFile file, JsonStreamContext context, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        String why = e instanceof JsonEOFException
                ? "the file ends in the middle of the JSON (truncated?)"
                : firstLine(e.getOriginalMessage());
        return new ExportException(file.where() + ": " + prefix(path(context)) + "invalid JSON" + position + ": " + why, e);
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
