package humeur.ingest;

import java.io.IOException;

/** One conversation inside an export file, which can be read as many times as needed. */
public interface ChatSource {

    /** The chat's name: the contact or group as the export names it. */
    String name();

    /** The app, {@code whatsapp} or {@code messenger}. */
    String platform();

    /** Where the chat comes from, for messages: the file, plus the entry or folder inside it. */
    String origin();

    /** Starts reading the chat's messages from the beginning. */
    MessageReader open() throws IOException;
}
