package humeur.app.cli;

import humeur.ingest.ChatExport;

import java.io.IOException;
import java.util.List;

/** Exports opened and checked by {@link ChatImporter#openAll}, in the order given; closing this closes them all. */
record OpenedExports(List<ChatExport> exports) implements AutoCloseable {
    OpenedExports {
        exports = List.copyOf(exports);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (ChatExport export : exports) {
            try {
                export.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
