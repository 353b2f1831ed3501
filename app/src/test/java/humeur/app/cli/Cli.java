package humeur.app.cli;

import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code humeur} in-process with captured output, as the application would with these arguments. */
final class Cli {
    private Cli() {
    }

    /** What a run gave. */
    record Result(int exitCode, String out, String err) {
    }

    /** Runs the command line with the real export readers. */
    static Result run(String... args) {
        return run(ExportOpener.EXPORTS, args);
    }

    /** Runs the command line, {@code import} opening files with {@code opener}. */
    static Result run(ExportOpener opener, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ImportCommand.class ? type.cast(new ImportCommand(opener))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return run(Humeur.withErrorHandling(new CommandLine(new Humeur(), factory)), args);
    }

    /** Runs {@code command} with captured out and err. */
    static Result run(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** An opener serving the given chats for {@code file}, and the real readers for any other file. */
    static ExportOpener serving(Path file, ChatSource... chats) {
        return (path, options) -> path.equals(file) ? new ListedExport(path, List.of(chats))
                : ExportOpener.EXPORTS.open(path, options);
    }

    /** An export holding the given chats. */
    record ListedExport(Path file, List<ChatSource> chats) implements ChatExport {
        @Override
        public void close() {
        }
    }
}
