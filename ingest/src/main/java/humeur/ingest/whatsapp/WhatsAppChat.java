package humeur.ingest.whatsapp;

import humeur.ingest.ChatSource;
import humeur.ingest.DateOrder;
import humeur.ingest.ExportException;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One WhatsApp chat text, from a file or a zip entry. Opening it first looks at the start of the text to make sure
 * it is a chat at all and, unless the user forced the date order, reads headers until the day/month order is settled
 * (usually within the first days of messages; a whole pass only for files whose dates never tell).
 */
final class WhatsAppChat implements ChatSource {
    /** How many non-blank lines may precede the first message before the file is judged not to be a chat. */
    private static final int SNIFF_LINES = 50;

    /** Opens the chat's bytes from the beginning, every time it is called. */
    interface ByteSource {
        InputStream open() throws IOException;
    }

    private final String name;
    private final String origin;
    private final ByteSource bytes;
    private final ReadOptions options;

    WhatsAppChat(String name, String origin, ByteSource bytes, ReadOptions options) {
        this.name = name;
        this.origin = origin;
        this.bytes = bytes;
        this.options = options;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String platform() {
        return "whatsapp";
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public MessageReader open() throws IOException {
        List<String> notes = new ArrayList<>();
        DateOrder order = prescan(notes);
        ChatText text = new ChatText(bytes.open(), origin, options.charset());
        if (!text.charset().name().equals("UTF-8")) {
            notes.add("decoded as " + text.charset().name());
        }
        return new WhatsAppMessageReader(text, name, new TimestampResolver(order), List.copyOf(notes));
    }

    private DateOrder prescan(List<String> notes) throws IOException {
        HeaderParser parser = new HeaderParser();
        MessageHeader header = new MessageHeader();
        DateOrderInference inference = new DateOrderInference();
        boolean forced = options.dateOrder() != DateOrder.AUTO;
        try (ChatText text = new ChatText(bytes.open(), origin, options.charset())) {
            int nonBlankBeforeFirst = 0;
            boolean found = false;
            for (String line; (line = text.readLine()) != null; ) {
                if (parser.parse(line, header)) {
                    found = true;
                    inference.add(header);
                    if (forced || inference.settled()) {
                        break;
                    }
                } else if (!found && !line.isBlank() && ++nonBlankBeforeFirst >= SNIFF_LINES) {
                    break;
                }
            }
            if (!found) {
                throw new ExportException(origin + ": not a WhatsApp chat export: no line starts with a message date and time"
                        + (nonBlankBeforeFirst >= SNIFF_LINES ? " in its first " + SNIFF_LINES + " lines" : ""));
            }
        }
        if (forced) {
            notes.add("dates read " + (options.dateOrder() == DateOrder.DAY_FIRST ? "day-first" : "month-first") + " as asked");
            return options.dateOrder();
        }
        notes.add(inference.reason());
        return inference.order();
    }
}
