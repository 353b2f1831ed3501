package humeur.app.cli;

import humeur.app.store.ChatReading;
import humeur.app.store.ChatStore;
import humeur.app.store.ImportResult;
import humeur.app.store.SourceFile;
import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.ExportException;
import humeur.ingest.MessageReader;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports (or previews) the chats of one file for {@code humeur import}, reporting a file that cannot be read on
 * one line of stderr so that the other files can go on. Database failures are not caught: they stop the command.
 */
final class ChatImporter {
    private final ExportOpener opener;
    private final ReadOptions options;
    private final String chatName;
    private final ProgressDisplay progress;
    private final PrintWriter err;
    private AfterImport afterImport = result -> { };

    /** What to do with each chat once its import has committed (e.g. score it). */
    @FunctionalInterface
    interface AfterImport {
        void imported(ImportResult result);
    }

    ChatImporter(ExportOpener opener, ReadOptions options, String chatName, ProgressDisplay progress, PrintWriter err) {
        this.opener = opener;
        this.options = options;
        this.chatName = chatName;
        this.progress = progress;
        this.err = err;
    }

    /** Runs {@code action} after each chat is stored and summarised; returns this. */
    ChatImporter afterEachChat(AfterImport action) {
        this.afterImport = action;
        return this;
    }

    /**
     * Stores each chat of {@code file} in its own transaction; whether all of them were.
     *
     * @param guard told what is being imported, to say what a Ctrl-C loses
     */
    boolean store(Path file, ChatStore store, ImportSummary summary, InterruptGuard guard) {
        try (ChatExport export = opener.open(file, options)) {
            return store(export, store, summary, guard);
        } catch (IOException e) {
            return failed(reason(file, e));
        }
    }

    /** Stores each chat of an export already opened (by {@link #openAll}) in its own transaction; whether all were. */
    boolean store(ChatExport export, ChatStore store, ImportSummary summary, InterruptGuard guard) {
        Path file = export.file();
        return eachChat(export, true, (chat, name, source, what) -> {
            guard.importing(what);
            ImportResult result;
            try (ProgressDisplay.Bar bar = progress.start(file, name)) {
                result = store.importChat(chat, source, name, bar);
            }
            summary.print(result.reading(), file.toString(), result.added());
            afterImport.imported(result);
        });
    }

    /**
     * Opens every file and starts reading each of its chats, storing nothing, so that a command can refuse a file
     * that is not a chat export (missing, unreadable, binary, an empty zip, a text without a single message line)
     * before it writes anything. A chat that breaks further on is still found only by reading it all, when it is
     * stored (and then nothing of it is kept).
     *
     * @throws IOException with a one-line message naming the first file refused; the files opened are closed
     */
    OpenedExports openAll(List<Path> files) throws IOException {
        List<ChatExport> opened = new ArrayList<>();
        try {
            for (Path file : files) {
                try {
                    ChatExport export = opener.open(file, options);
                    opened.add(export);
                    List<ChatSource> chats = export.chats();
                    if (chatName != null && chats.size() > 1) {
                        throw new ExportException(tooManyToName(file, chats.size()));
                    }
                    for (ChatSource chat : chats) {
                        try (MessageReader reader = chat.open()) {
                            reader.read();
                        }
                    }
                } catch (IOException e) {
                    throw new ExportException(reason(file, e), e);
                }
            }
            return new OpenedExports(opened);
        } catch (IOException | RuntimeException e) {
            for (ChatExport export : opened) {
                try {
                    export.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    /** Reads each chat of {@code file} without storing it, writing it to {@code json} if not null. */
    boolean preview(Path file, JsonLines json, ImportSummary summary) {
        return eachChat(file, false, (chat, name, source, what) -> {
            ChatReading reading;
            try (ProgressDisplay.Bar bar = progress.start(file, name)) {
                reading = ChatPreview.read(chat, name, json, bar);
            }
            summary.print(reading, file.toString(), -1);
        });
    }

    private interface ChatAction {
        /** {@code what} names the chat for people: the file, or the chat's origin when the file holds several. */
        void run(ChatSource chat, String name, SourceFile source, String what) throws IOException;
    }

    private boolean eachChat(Path file, boolean storing, ChatAction action) {
        try (ChatExport export = opener.open(file, options)) {
            return eachChat(export, storing, action);
        } catch (IOException e) {
            return failed(reason(file, e));
        }
    }

    private boolean eachChat(ChatExport export, boolean storing, ChatAction action) {
        Path file = export.file();
        try {
            List<ChatSource> chats = export.chats();
            if (chatName != null && chats.size() > 1) {
                return failed(tooManyToName(file, chats.size()));
            }
            // Hashed once for all its chats; a dry run records nothing, so it does not need it.
            SourceFile source = storing ? SourceFile.describe(file) : null;
            boolean allRead = true;
            for (ChatSource chat : chats) {
                try {
                    action.run(chat, chatName != null ? chatName : chat.name(), source,
                            chats.size() == 1 ? file.toString() : chat.origin());
                } catch (IOException e) {
                    allRead = failed(reason(file, e) + (storing ? " (nothing of " + chat.origin() + " was imported)"
                            : ""));
                }
            }
            return allRead;
        } catch (IOException e) {
            return failed(reason(file, e));
        }
    }

    private static String tooManyToName(Path file, int chats) {
        return file + ": holds " + chats + " chats, and --chat-name can only name one";
    }

    // An ExportException already names the file and line; other I/O errors (a disk failing) may not.
    private static String reason(Path file, IOException e) {
        return e instanceof ExportException ? e.getMessage() : file + ": " + e.getMessage();
    }

    private boolean failed(String message) {
        err.println("humeur: " + message);
        err.flush();
        return false;
    }
}
