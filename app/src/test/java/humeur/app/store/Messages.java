package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.Reaction;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds messages for tests. */
public final class Messages {
    private Messages() {
    }

    /** A text message at {@code time} ({@code yyyy-MM-ddTHH:mm}). */
    public static Message text(String time, String author, String text) {
        return Message.text(LocalDateTime.parse(time), author, text);
    }

    /** An event written by the app. */
    public static Message event(String time, String text) {
        return new Message(LocalDateTime.parse(time), null, text, MessageKind.EVENT, null, null, false, false,
                List.of(), 0);
    }

    /** A media message with a caption. */
    public static Message media(String time, String author, String file, String caption) {
        return new Message(LocalDateTime.parse(time), author, file + " (file attached)\n" + caption, MessageKind.MEDIA,
                file, caption, false, false, List.of(), 0);
    }

    /** A text message with reactions. */
    public static Message reacted(String time, String author, String text, Reaction... reactions) {
        return new Message(LocalDateTime.parse(time), author, text, MessageKind.TEXT, null, null, false, false,
                List.of(reactions), 0);
    }

    /** {@code count} distinct text messages, one a minute from 2024-01-01 00:00, by two authors taking turns. */
    public static List<Message> numbered(int count) {
        List<Message> messages = new ArrayList<>(count);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < count; i++) {
            messages.add(Message.text(start.plusMinutes(i), i % 2 == 0 ? "Natan" : "Léa", "message " + i));
        }
        return messages;
    }
}
