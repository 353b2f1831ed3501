package humeur.ingest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation, as the export gave it.
 *
 * @param timestamp       local wall-clock time as shown to the user (exports carry no zone)
 * @param author          who wrote it, without the {@code ~ } marker; {@code null} for events written by the app
 * @param text            the body with its line breaks kept (for media, the raw placeholder line and caption)
 * @param kind            what the message is
 * @param media           the attached file name when the export names one, else {@code null}
 * @param caption         the words sent with a media file, else {@code null}
 * @param edited          whether the export marks the message as edited
 * @param outsideContacts whether the author was not in the exporting phone's contacts (WhatsApp's {@code ~ } prefix)
 * @param reactions       reactions to the message, possibly empty
 * @param line            the 1-based line (or record number) where the message starts in its source, 0 when unknown
 */
public record Message(LocalDateTime timestamp, String author, String text, MessageKind kind, String media,
                      String caption, boolean edited, boolean outsideContacts, List<Reaction> reactions, long line) {

    public Message {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    /** A plain text message, the most common kind. */
    public static Message text(LocalDateTime timestamp, String author, String text) {
        return new Message(timestamp, author, text, MessageKind.TEXT, null, null, false, false, List.of(), 0);
    }

    /** The words of this message a sentiment model should read: the text, a media caption, or nothing. */
    public String words() {
        return switch (kind) {
            case TEXT -> text;
            case MEDIA -> caption;
            default -> null;
        };
    }
}
