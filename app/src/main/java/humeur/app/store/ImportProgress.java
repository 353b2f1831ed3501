package humeur.app.store;

import humeur.ingest.Message;

/** Told of every message read during an import, to show progress; called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    /** Shows nothing. */
    ImportProgress NONE = message -> {
    };

    /** A message was read (whether or not it turns out to be new). */
    void read(Message message);
}
