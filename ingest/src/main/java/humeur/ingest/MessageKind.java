package humeur.ingest;

/** What a message is, which decides whether it carries someone's words (only {@link #TEXT} does, plus media captions). */
public enum MessageKind {
    /** Words typed by the author. */
    TEXT,
    /** A photo, video, voice note, sticker, document…: present or omitted from the export; may have a caption. */
    MEDIA,
    /** A message its author deleted ("Ce message a été supprimé"). */
    DELETED,
    /** Something the app wrote, not a person: encryption notices, group changes, calls, "sent an attachment". */
    EVENT,
    /** A shared location or live location. */
    LOCATION;

    /** The lower-case name used in the database and in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
