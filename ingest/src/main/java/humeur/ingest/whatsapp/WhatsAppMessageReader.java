package humeur.ingest.whatsapp;

import humeur.ingest.ExportFormat;
import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a WhatsApp chat text line by line: a line that starts with a timestamp starts a message, any other line
 * continues the previous one (line breaks kept). Lines that cannot belong to a message are reported, never dropped
 * silently: text before the first message, and messages whose date does not exist.
 */
final class WhatsAppMessageReader implements MessageReader {
    private static final int MAX_SKIPPED_KEPT = 1000;
    private static final int MAX_SKIPPED_CONTENT = 200;

    private final ChatText text;
    private final String chatName;
    private final TimestampResolver resolver;
    private final List<String> notes;
    private final HeaderParser parser = new HeaderParser();
    private final MessageHeader header = new MessageHeader();
    private final List<SkippedInput> skipped = new ArrayList<>();
    private long skippedCount;
    private ExportFormat format;

    // the message being assembled, waiting for its continuation lines
    private LocalDateTime pendingTime;
    private String pendingAuthor;
    private boolean pendingOutside;
    private boolean pendingSystemHint;
    private boolean pendingIos;
    private String pendingBody;
    private StringBuilder pendingLines;
    private long pendingLine;
    private boolean skippingContinuation;
    private boolean ended;

    /** Authors as written in the line and as cleaned: chats have few, so each name is built once, not per message. */
    private record Author(String raw, String name, boolean outside) {
    }

    private final Author[] recentAuthors = new Author[16];
    private int nextAuthorSlot;

    WhatsAppMessageReader(ChatText text, String chatName, TimestampResolver resolver, List<String> notes) {
        this.text = text;
        this.chatName = chatName;
        this.resolver = resolver;
        this.notes = notes;
    }

    @Override
    public Message read() throws IOException {
        while (!ended) {
            String line = text.readLine();
            if (line == null) {
                ended = true;
                return takePending();
            }
            if (parser.parse(line, header)) {
                if (format == null) {
                    format = header.ios ? ExportFormat.WHATSAPP_IOS : ExportFormat.WHATSAPP_ANDROID;
                }
                Message done = takePending();
                start(line);
                if (done != null) {
                    return done;
                }
            } else if (pendingTime != null) {
                continueWith(line);
            } else if (!skippingContinuation && !line.isBlank()) {
                skip(line, text.lineNumber(), "text before the first message");
            }
        }
        return null;
    }

    private void start(String line) {
        LocalDateTime time = resolver.resolve(header);
        if (time == null) {
            skip(line, text.lineNumber(), "impossible date or time");
            skippingContinuation = true;
            return;
        }
        skippingContinuation = false;
        pendingTime = time;
        pendingLine = text.lineNumber();
        pendingLines = null;
        int from = header.restStart;
        int colon = line.indexOf(": ", from);
        if (colon < 0 && (line.endsWith(":") || line.endsWith(":.")) && line.length() > from + 1) {
            // a disappearing message: "Author:" or, in old Android exports, "Author:."
            author(line, from, line.lastIndexOf(':'));
            pendingBody = "";
        } else if (colon < 0 || (!header.ios && isQuotedEvent(line, from, colon))) {
            pendingAuthor = null;
            pendingOutside = false;
            pendingBody = line.substring(from);
        } else {
            author(line, from, colon);
            pendingBody = line.substring(colon + 2);
        }
        pendingIos = header.ios;
        pendingSystemHint = header.ios && !pendingBody.isEmpty() && HeaderParser.isInvisible(pendingBody.charAt(0));
    }

    /** An Android event whose quoted group subject holds ": ", which would otherwise pass for an author. */
    private static boolean isQuotedEvent(String line, int from, int colon) {
        for (int i = from; i < colon; i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '“' || c == '«') {
                return SystemEvents.isEvent(line.substring(from));
            }
        }
        return false;
    }

    /** Sets the pending author from {@code line[from, to)}, reusing the name when that author wrote recently. */
    private void author(String line, int from, int to) {
        int length = to - from;
        for (Author a : recentAuthors) {
            if (a != null && a.raw.length() == length && line.regionMatches(from, a.raw, 0, length)) {
                pendingAuthor = a.name;
                pendingOutside = a.outside;
                return;
            }
        }
        String raw = line.substring(from, to);
        String name = raw.strip();
        name = name.substring(HeaderParser.skipInvisible(name, 0));
        boolean outside = name.length() > 1 && name.charAt(0) == '~';
        if (outside) {
            name = name.substring(1).strip();
            name = name.substring(HeaderParser.skipInvisible(name, 0)).replace('\u202F', ' ').strip();
        }
        recentAuthors[nextAuthorSlot] = new Author(raw, name, outside);
        nextAuthorSlot = (nextAuthorSlot + 1) % recentAuthors.length;
        pendingAuthor = name;
        pendingOutside = outside;
    }

    private void continueWith(String line) {
        int bom = 0;
        while (bom < line.length() && line.charAt(bom) == '\uFEFF') {
            bom++;
        }
        if (bom > 0) {
            line = line.substring(bom);
        }
        if (pendingLines == null) {
            pendingLines = new StringBuilder(pendingBody.length() + line.length() + 16).append(pendingBody);
        }
        pendingLines.append('\n').append(line);
    }

    private Message takePending() {
        if (pendingTime == null) {
            return null;
        }
        String body = pendingLines == null ? pendingBody : pendingLines.toString();
        LocalDateTime time = pendingTime;
        pendingTime = null;
        if (body.indexOf('\uFEFF') >= 0) {
            body = body.replace("\uFEFF", "");
        }
        if (pendingAuthor == null) {
            return event(time, body);
        }
        if (pendingBody.isEmpty() && pendingLines == null) {
            return new Message(time, pendingAuthor, "", MessageKind.DELETED, null, null, false, pendingOutside, List.of(), pendingLine);
        }
        if (pendingIos) {
            String clean = BodyClassifier.stripLeadingInvisible(body);
            boolean fromGroup = pendingAuthor.equals(chatName);
            if (SystemEvents.isNotice(clean) || ((pendingSystemHint || fromGroup) && SystemEvents.isEvent(clean))) {
                return event(time, clean);
            }
        }
        BodyClassifier.Classified c = BodyClassifier.classify(body);
        return new Message(time, pendingAuthor, c.text(), c.kind(), c.media(), c.caption(), c.edited(), pendingOutside, List.of(), pendingLine);
    }

    private Message event(LocalDateTime time, String body) {
        return new Message(time, null, BodyClassifier.stripLeadingInvisible(body), MessageKind.EVENT, null, null, false, false, List.of(), pendingLine);
    }

    private void skip(String line, long number, String reason) {
        skippedCount++;
        if (skipped.size() < MAX_SKIPPED_KEPT) {
            String content = line.length() > MAX_SKIPPED_CONTENT ? line.substring(0, MAX_SKIPPED_CONTENT) + "…" : line;
            skipped.add(new SkippedInput("line " + number, content, reason));
        }
    }

    @Override
    public ExportFormat format() {
        return format == null ? ExportFormat.WHATSAPP_ANDROID : format;
    }

    @Override
    public List<SkippedInput> skipped() {
        return List.copyOf(skipped);
    }

    @Override
    public long skippedCount() {
        return skippedCount;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
