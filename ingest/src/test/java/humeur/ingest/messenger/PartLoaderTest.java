package humeur.ingest.messenger;

import humeur.ingest.ExportException;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;
import humeur.ingest.SkippedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static humeur.ingest.messenger.FacebookJson.message;
import static humeur.ingest.messenger.FacebookJson.text;
import static humeur.ingest.messenger.FacebookJson.thread;
import static humeur.ingest.messenger.FacebookJson.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A single message that cannot be read is skipped and logged; a part where none can be read is refused. */
class PartLoaderTest {
    private static final ReadOptions UTC = ReadOptions.defaults().withZone(ZoneOffset.UTC);
    private static final long T = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private MessageReader open(List<String> messages) throws IOException {
        Path folder = dir.resolve("alice_42");
        write(folder, "message_1.json", thread("Alice", List.of("Alice", "Moi"), messages));
        return MessengerExport.inFolder(folder, UTC).get(0).open();
    }

    @Test
    void skipsEachBadMessageNamingItsPath() throws IOException {
        try (MessageReader reader = open(List.of(
                text("Alice", T + 5, "fin"),
                "{\"sender_name\": \"Moi\", \"timestamp_ms\": \"1700000000004\", \"content\": \"heure en texte\"}",
                "{\"sender_name\": \"Moi\", \"content\": \"sans heure\"}",
                "\"juste du texte\"",
                message("Alice", T + 2, "\"photos\": \"IMG_1.jpg\""),
                "{\"sender_name\": 7, \"timestamp_ms\": " + (T + 1) + ", \"content\": \"x\"}",
                text("Moi", T, "début")))) {
            assertEquals(List.of("début", "fin"), Chats.readAll(reader).stream().map(Message::text).toList());
            assertEquals(List.of(
                    new SkippedInput("message_1.json: messages[1].timestamp_ms",
                            "{\"sender_name\":\"Moi\",\"timestamp_ms\":\"1700000000004\",\"content\":\"heure en texte\"}",
                            "expected a number of milliseconds, found text"),
                    new SkippedInput("message_1.json: messages[2].timestamp_ms",
                            "{\"sender_name\":\"Moi\",\"content\":\"sans heure\"}", "missing: every message needs its time"),
                    new SkippedInput("message_1.json: messages[3]", "\"juste du texte\"", "expected an object, found text"),
                    new SkippedInput("message_1.json: messages[4].photos",
                            "{\"sender_name\":\"Alice\",\"timestamp_ms\":1700000000002,\"photos\":\"IMG_1.jpg\","
                                    + "\"is_geoblocked_for_viewer\":false}", "expected a list, found text"),
                    new SkippedInput("message_1.json: messages[5].sender_name",
                            "{\"sender_name\":7,\"timestamp_ms\":1700000000001,\"content\":\"x\"}", "expected text, found a number")),
                    reader.skipped());
            assertEquals(5, reader.skippedCount());
        }
    }

    @Test
    void aPartWhereNoMessageHasATimeIsRefused() throws IOException {
        ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(open(List.of(
                "{\"sender_name\": \"Moi\", \"timestamp_ms\": \"1700000000004\", \"content\": \"a\"}",
                "{\"sender_name\": \"Moi\", \"timestamp_ms\": \"1700000000003\", \"content\": \"b\"}"))));
        assertEquals(dir.resolve("alice_42/message_1.json") + ": messages[0].timestamp_ms: expected a number of "
                + "milliseconds, found text (and no message of this file could be read)", e.getMessage());
    }

    @Test
    void aPartWithoutAnyTimeIsRefused() throws IOException {
        ExportException e = assertThrows(ExportException.class, () -> Chats.readAll(open(List.of(
                "{\"sender_name\": \"Moi\", \"content\": \"a\"}"))));
        assertEquals(dir.resolve("alice_42/message_1.json") + ": messages[0].timestamp_ms: missing: every message needs"
                + " its time (and no message of this file could be read)", e.getMessage());
    }

    @Test
    void emptyMessagesAreSkippedWithoutRefusingThePart() throws IOException {
        try (MessageReader reader = open(List.of(message("Moi", T, "\"type\": \"Generic\"")))) {
            assertEquals(List.of(), Chats.readAll(reader));
            assertEquals("empty message", reader.skipped().get(0).reason());
        }
    }

    @Test
    void skippedContentIsRepairedAndShortened() throws IOException {
        try (MessageReader reader = open(List.of(text("Moi", T + 1, "ok"), message("Noé", T, "\"content\": "
                + FacebookJson.fb("é".repeat(300)) + ", \"reactions\": \"❤\"")))) {
            Chats.readAll(reader);
            SkippedInput skipped = reader.skipped().get(0);
            assertEquals("message_1.json: messages[1].reactions", skipped.location());
            String start = "{\"sender_name\":\"Noé\",\"timestamp_ms\":1700000000000,\"content\":\"";
            assertEquals(start + "é".repeat(200 - start.length()) + "…", skipped.content());
        }
    }
}
