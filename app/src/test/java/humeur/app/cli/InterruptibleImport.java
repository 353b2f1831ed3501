package humeur.app.cli;

import humeur.app.store.GeneratedChat;
import humeur.ingest.ChatSource;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link InterruptTest}: {@code humeur import} of a chat far too long to finish, which
 * prints {@code reading} on stdout once well into it, so the test knows when to interrupt it.
 */
public final class InterruptibleImport {
    static final int SIGNAL_AFTER = 50_000;

    private InterruptibleImport() {
    }

    /** Arguments: the database, then the export file name. */
    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        ChatSource chat = new Signalling(new GeneratedChat("Natan", 100_000_000, 3));
        ExportOpener opener = (path, options) -> new Cli.ListedExport(path, List.of(chat));
        var command = Humeur.withErrorHandling(new picocli.CommandLine(new Humeur(), new picocli.CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ImportCommand.class ? type.cast(new ImportCommand(opener))
                        : picocli.CommandLine.defaultFactory().create(type);
            }
        }));
        System.exit(command.execute("import", "--db", args[0], file.toString()));
    }

    private record Signalling(ChatSource chat) implements ChatSource {
        @Override
        public String name() {
            return chat.name();
        }

        @Override
        public String platform() {
            return chat.platform();
        }

        @Override
        public String origin() {
            return chat.origin();
        }

        @Override
        public MessageReader open() throws IOException {
            MessageReader reader = chat.open();
            return new MessageReader() {
                private long read;

                @Override
                public Message read() throws IOException {
                    if (++read == SIGNAL_AFTER) {
                        System.out.println("reading");
                        System.out.flush();
                    }
                    return reader.read();
                }

                @Override
                public humeur.ingest.ExportFormat format() {
                    return reader.format();
                }

                @Override
                public List<humeur.ingest.SkippedInput> skipped() {
                    return reader.skipped();
                }

                @Override
                public long skippedCount() {
                    return reader.skippedCount();
                }

                @Override
                public List<String> notes() {
                    return reader.notes();
                }

                @Override
                public void close() throws IOException {
                    reader.close();
                }
            };
        }
    }
}
