package humeur.ingest.messenger;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a Messenger message is, in this order: unsent → DELETED; a Call/Subscribe/Unsubscribe type → EVENT;
 * a location notice → LOCATION; attached files → MEDIA; a shared link → TEXT; another notice written by Messenger
 * ({@link PseudoMessages}) → EVENT; words → TEXT, or EVENT when nobody sent them. Events have no author: Messenger
 * wrote them, not a person.
 */
final class MessageClassifier {
    private static final Set<String> EVENT_TYPES = Set.of("call", "subscribe", "unsubscribe");

    private MessageClassifier() {
    }

    /**
     * The message, its time turned into local time in {@code zone}, or {@code null} when it holds nothing at all.
     * {@code line} is its 1-based position in its file.
     */
    static Message classify(RawMessage raw, ZoneId zone, long line) {
        LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochMilli(raw.millis()), zone);
        String content = raw.content() == null || raw.content().isEmpty() ? null : raw.content();
        PseudoMessages.Kind notice = PseudoMessages.kindOf(content);
        if (raw.unsent()) {
            return message(time, raw.sender(), content == null ? "" : content, MessageKind.DELETED, null, null, raw, line);
        }
        if (raw.type() != null && EVENT_TYPES.contains(raw.type().toLowerCase(Locale.ROOT))) {
            return content == null ? null : message(time, null, content, MessageKind.EVENT, null, null, raw, line);
        }
        if (notice == PseudoMessages.Kind.LOCATION) {
            return message(time, raw.sender(), withLink(content, raw.shareLink()), MessageKind.LOCATION, null, null, raw, line);
        }
        if (!raw.mediaUris().isEmpty()) {
            List<String> names = raw.mediaUris().stream().map(MessageClassifier::fileName).toList();
            String caption = notice == null ? content : null;
            String text = content != null ? content : String.join("\n", names);
            return message(time, raw.sender(), text, MessageKind.MEDIA, names.get(0), caption, raw, line);
        }
        if (raw.shareLink() != null && !raw.shareLink().isBlank()) {
            // a bare "X sent a link." says nothing the link does not
            String words = notice == null ? content : null;
            return message(time, raw.sender(), withLink(words, raw.shareLink()), MessageKind.TEXT, null, null, raw, line);
        }
        if (notice != null) {
            return message(time, null, content, MessageKind.EVENT, null, null, raw, line);
        }
        if (content == null) {
            return null;
        }
        // words nobody sent were written by Messenger itself, in a form not listed in PseudoMessages
        MessageKind kind = raw.sender() == null ? MessageKind.EVENT : MessageKind.TEXT;
        return message(time, raw.sender(), content, kind, null, null, raw, line);
    }

    private static Message message(LocalDateTime time, String author, String text, MessageKind kind, String media,
                                   String caption, RawMessage raw, long line) {
        return new Message(time, author, text, kind, media, caption, false, false, raw.reactions(), line);
    }

    private static String withLink(String content, String link) {
        if (link == null || link.isBlank() || (content != null && content.contains(link))) {
            return content;
        }
        return content == null ? link : content + "\n" + link;
    }

    /** The last segment of an export path such as {@code messages/inbox/alice_12/photos/1234.jpg}. */
    static String fileName(String uri) {
        String path = uri.strip();
        int query = path.indexOf('?');
        if (query >= 0 && path.contains("://")) {
            path = path.substring(0, query);
        }
        while (path.endsWith("/") || path.endsWith("\\")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
