package humeur.app.cli;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportCancelledException;
import humeur.ingest.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur import}: reads export files and stores their chats, each chat in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false, showDefaultValues = true,
        header = "Import chat exports (WhatsApp, Messenger) into the database.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads each FILE (a WhatsApp .txt or .zip export, a Messenger export folder, zip or message_1.json), "
                    + "and stores each chat it holds in one transaction: all of it or, if reading fails or is "
                    + "interrupted, nothing of it. A chat is identified by its app and its name.",
            "",
            "Importing again is safe: messages already stored are recognised by their time, author, kind and "
                    + "text (repeats of the same words in the same minute included) and not added twice. Import a "
                    + "newer export of a chat and only its new messages are added.",
            "",
            "For each chat it prints the format detected, the messages by kind, the authors, the dates, how many "
                    + "messages were new, and every piece of the file that could not be read (the first "
                    + ImportSummary.SKIPPED_SHOWN + "; --dry-run --json lists them all). A file that cannot be read "
                    + "is reported on one line and the other files are still imported."},
        exitCodeList = {
            "0:Every file was imported.",
            "1:Some file could not be read (the others were imported), or the database could not be used.",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): the chat being imported was not kept."},
        footer = {
            "  humeur import 'WhatsApp Chat with Natan.zip'",
            "  humeur import --day-first --chat-name Natan export-2024.txt",
            "  humeur import --zone Europe/Paris ~/Downloads/facebook-lea/",
            "  humeur import --dry-run --json chat.txt | jq -r '.text // empty'",
            ManPage.FILES,
            ManPage.DATABASE,
            ManPage.ENVIRONMENT})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ReadingOptions reading;

    @Option(names = "--chat-name", paramLabel = "NAME",
            description = "Store the chat under this name rather than the one in the export (e.g. when the file was "
                    + "renamed). Only for a single FILE holding a single chat.")
    private String chatName;

    @Option(names = "--dry-run", description = "Read and summarise, but store nothing (the database is not even "
            + "created).")
    private boolean dryRun;

    @Option(names = "--json", description = "With --dry-run: print every message as a JSON object per line (JSON "
            + "Lines) on stdout, and the pieces that were skipped as {\"skipped\": …} objects; the summary goes to "
            + "stderr.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files or folders to import.")
    private List<Path> files;

    private final ExportOpener opener;

    /** The command as the application runs it. */
    public ImportCommand() {
        this(ExportOpener.EXPORTS);
    }

    ImportCommand(ExportOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException {
        if (json && !dryRun) {
            throw new ParameterException(spec.commandLine(), "--json needs --dry-run (it shows a file, not an import)");
        }
        if (chatName != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--chat-name names one chat: give a single FILE");
        }
        ReadOptions options = reading.toReadOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChatImporter importer = new ChatImporter(opener, options, chatName, ProgressDisplay.forThisProcess(), err);
        int failed = 0;
        if (dryRun) {
            ImportSummary summary = new ImportSummary(json ? err : out);
            try (JsonLines lines = json ? new JsonLines(out) : null) {
                for (Path file : files) {
                    failed += importer.preview(file, lines, summary) ? 0 : 1;
                }
            }
            out.flush();
            return failed == 0 ? 0 : 1;
        }
        ImportSummary summary = new ImportSummary(out);
        try (ChatStore store = ChatStore.open(database.path());
             InterruptGuard guard = InterruptGuard.install(store.cancellation(), err)) {
            for (Path file : files) {
                failed += importer.store(file, store, summary, guard) ? 0 : 1;
            }
        } catch (ImportCancelledException e) {
            // The shutdown hook has said what was lost; the JVM is exiting.
            return 130;
        }
        return failed == 0 ? 0 : 1;
    }
}
