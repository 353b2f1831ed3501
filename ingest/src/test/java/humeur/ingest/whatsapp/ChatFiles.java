package humeur.ingest.whatsapp;

import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.Exports;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes chat texts into a test folder and reads them back through the public API. */
final class ChatFiles {
    private ChatFiles() {
    }

    /** What reading one chat gave. */
    record Read(String chatName, MessageReader reader, List<Message> messages) {
    }

    static Path write(Path dir, String fileName, String content) throws IOException {
        return write(dir, fileName, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String fileName, String content, Charset charset) throws IOException {
        Path file = dir.resolve(fileName);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    static Read read(Path file, ReadOptions options) throws IOException {
        try (ChatExport export = Exports.open(file, options)) {
            ChatSource chat = export.chats().get(0);
            List<Message> messages = new ArrayList<>();
            MessageReader reader = chat.open();
            try (reader) {
                for (Message m; (m = reader.read()) != null; ) {
                    messages.add(m);
                }
            }
            return new Read(chat.name(), reader, messages);
        }
    }

    static Read read(Path dir, String content) throws IOException {
        return read(write(dir, "WhatsApp Chat with Natan.txt", content), ReadOptions.defaults());
    }
}
