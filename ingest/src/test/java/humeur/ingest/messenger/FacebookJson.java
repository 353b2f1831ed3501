package humeur.ingest.messenger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes JSON the way Facebook's export does, encoding bug included: every non-ASCII character is written as its
 * UTF-8 bytes, one JSON escape per byte ({@code é} becomes the escapes of {@code Ã} and {@code ©}).
 */
final class FacebookJson {
    private FacebookJson() {
    }

    /** A JSON string literal of {@code text}, mojibake-encoded like Facebook's. */
    static String fb(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append('"').toString();
    }

    /** A text message as Facebook writes it. */
    static String text(String sender, long millis, String content) {
        return message(sender, millis, "\"content\": " + fb(content));
    }

    /** A message with the given extra fields, written as raw JSON (use {@link #fb} for their strings). */
    static String message(String sender, long millis, String fields) {
        return "{\n      \"sender_name\": " + fb(sender) + ",\n      \"timestamp_ms\": " + millis
                + (fields.isEmpty() ? "" : ",\n      " + fields) + ",\n      \"is_geoblocked_for_viewer\": false\n    }";
    }

    /** A whole {@code message_N.json}, root keys in Facebook's order (the title comes after the messages). */
    static String thread(String title, List<String> participants, List<String> messages) {
        String people = participants.stream().map(p -> "{\"name\": " + fb(p) + "}").collect(Collectors.joining(", "));
        return "{\n  \"participants\": [" + people + "],\n  \"messages\": [\n    "
                + String.join(",\n    ", messages) + "\n  ],\n  \"title\": " + fb(title)
                + ",\n  \"is_still_participant\": true,\n  \"thread_path\": \"inbox/" + title.replaceAll("\\W", "")
                + "_123\",\n  \"magic_words\": [],\n  \"image\": {\"uri\": \"x.jpg\", \"creation_timestamp\": 1}\n}\n";
    }

    /** Writes {@code text} to {@code folder/name}, creating folders. */
    static Path write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
