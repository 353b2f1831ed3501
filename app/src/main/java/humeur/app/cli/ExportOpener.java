package humeur.app.cli;

import humeur.ingest.ChatExport;
import humeur.ingest.Exports;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.nio.file.Path;

/** Opens an export file; {@link Exports#open} in the application, a given set of chats in tests. */
@FunctionalInterface
interface ExportOpener {

    /** The real one: detects the format of the file and opens it. */
    ExportOpener EXPORTS = Exports::open;

    ChatExport open(Path file, ReadOptions options) throws IOException;
}
