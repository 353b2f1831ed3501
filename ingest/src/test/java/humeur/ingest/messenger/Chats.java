package humeur.ingest.messenger;

import humeur.ingest.ChatSource;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads whole chats in tests. */
final class Chats {
    private Chats() {
    }

    static List<Message> readAll(ChatSource chat) throws IOException {
        try (MessageReader reader = chat.open()) {
            return readAll(reader);
        }
    }

    static List<Message> readAll(MessageReader reader) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (Message m; (m = reader.read()) != null; ) {
            messages.add(m);
        }
        return messages;
    }
}
