package humeur.app.store;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.ExportFormat;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double for the format readers (still being written elsewhere): a chat serving the messages it was given,
 * through the real ingest API types. It can also report skipped input and notes, or fail part-way like a reader
 * meeting a broken line.
 */
public final class ListedChat implements ChatSource {
    private final String platform;
    private final String name;
    private final List<Message> messages;
    private final List<SkippedInput> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> declared = new ArrayList<>();
    private int failAfter = -1;

    public ListedChat(String platform, String name, List<Message> messages) {
        this.platform = platform;
        this.name = name;
        this.messages = List.copyOf(messages);
    }

    /** A WhatsApp chat of these messages. */
    public static ListedChat whatsapp(String name, List<Message> messages) {
        return new ListedChat("whatsapp", name, messages);
    }

    /** Its readers report {@code input} as skipped. */
    public ListedChat skipping(SkippedInput input) {
        skipped.add(input);
        return this;
    }

    /** Its readers give this note. */
    public ListedChat noting(String note) {
        notes.add(note);
        return this;
    }

    /** Its readers declare this participant, as a Messenger export does. */
    public ListedChat declaring(String participant) {
        declared.add(participant);
        return this;
    }

    /** Its readers throw an {@link ExportException} after serving {@code count} messages. */
    public ListedChat failingAfter(int count) {
        failAfter = count;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public String origin() {
        return name + ".txt";
    }

    @Override
    public MessageReader open() {
        return new MessageReader() {
            private int next;

            @Override
            public Message read() throws IOException {
                if (next == failAfter) {
                    throw new ExportException(origin() + ": line " + (next + 1) + ": not a message");
                }
                return next < messages.size() ? messages.get(next++) : null;
            }

            @Override
            public ExportFormat format() {
                return platform.equals("whatsapp") ? ExportFormat.WHATSAPP_ANDROID : ExportFormat.MESSENGER;
            }

            @Override
            public List<SkippedInput> skipped() {
                return List.copyOf(skipped);
            }

            @Override
            public long skippedCount() {
                return skipped.size();
            }

            @Override
            public List<String> notes() {
                return List.copyOf(notes);
            }

            @Override
            public List<String> declaredParticipants() {
                return List.copyOf(declared);
            }

            @Override
            public void close() {
            }
        };
    }
}
