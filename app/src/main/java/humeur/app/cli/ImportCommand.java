package humeur.app.cli;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportCancelledException;
import humeur.app.store.ScoreStore;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
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
                    + "is reported on one line and the other files are still imported.",
            "",
            "With --score, each chat is scored for sentiment once its import has committed: its messages that "
                    + "carry words (text, and media captions) and lack a score from the model, then its sessions "
                    + "(see humeur rescore --help). Scores are written a batch at a time: Ctrl-C while scoring "
                    + "keeps the chat and the scores written before; humeur rescore finishes the job."},
        exitCodeList = {
            "0:Every file was imported.",
            "1:Some file could not be read (the others were imported), or the database could not be used.",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): the chat being imported was not kept (while scoring: the chat is kept, and "
                    + "the scores written before)."},
        footer = {
            "  humeur import 'WhatsApp Chat with Natan.zip'",
            "  humeur import --day-first --chat-name Natan export-2024.txt",
            "  humeur import --zone Europe/Paris ~/Downloads/facebook-lea/",
            "  humeur import --dry-run --json chat.txt | jq -r '.text // empty'",
            "  humeur import --score --model ~/models/humeur-fr 'WhatsApp Chat - Zoé.zip'",
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

    @Option(names = "--score", description = "Score each chat for sentiment after importing it (messages and "
            + "sessions); see humeur rescore.")
    private boolean score;

    @Mixin
    private ModelOption model;

    @Mixin
    private SessionGapOption sessionGap;

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
        if (score && dryRun) {
            throw new ParameterException(spec.commandLine(), "--score needs an import: it cannot go with --dry-run");
        }
        if (model.given() && !score) {
            throw new ParameterException(spec.commandLine(), "--model is for --score: add --score to score the chats");
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
        // The model is loaded first: with no model, nothing is imported that the user meant to have scored.
        try (ModelOption.OpenModel scorer = score ? model.open() : null;
             ChatStore store = ChatStore.open(database.path());
             InterruptGuard guard = InterruptGuard.install(store.cancellation(), err)) {
            if (scorer != null) {
                importer.afterEachChat(scoringEachChat(store, scorer, guard, out));
            }
            for (Path file : files) {
                failed += importer.store(file, store, summary, guard) ? 0 : 1;
            }
        } catch (ImportCancelledException e) {
            // The shutdown hook has said what was lost; the JVM is exiting.
            return 130;
        }
        return failed == 0 ? 0 : 1;
    }

    private ChatImporter.AfterImport scoringEachChat(ChatStore store, ModelOption.OpenModel model,
                                                     InterruptGuard guard, PrintWriter out) {
        ScoreStore scores = new ScoreStore(store);
        StoredModel stored = scores.useModel(model.scorer());
        ChatScoring scoring = new ChatScoring(scores, stored, model.scorer(), sessionGap.minutes(),
                ScoringBar.terminal());
        return result -> {
            StoredChat chat = scores.chat(result.reading().platform(), result.reading().chat()).orElseThrow();
            guard.importing("the batch of scores being written (" + chat.name() + " is imported; humeur rescore "
                    + "finishes scoring it)");
            ChatScoring.Result scored = scoring.score(chat);
            out.println("  " + ChatScoring.describe(scored) + " (" + stored.name() + ")");
            out.flush();
        };
    }
}
