package humeur.app.cli;

import humeur.app.report.Granularity;
import humeur.app.report.HtmlReport;
import humeur.app.report.ReportData;
import humeur.app.report.ReportSelection;
import humeur.app.store.ChatStore;
import humeur.app.store.ImportCancelledException;
import humeur.app.store.ScoreStore;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
import humeur.ingest.ChatExport;
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
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code humeur analyze}: import, score and report in one go, for the chats of the exports given. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false, showDefaultValues = true,
        header = "Import chat exports, score them and write their sentiment report, in one go.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Does what humeur import, humeur rescore and humeur report do, in that order, for the chats of the "
                    + "FILEs given, and says what it does at each step: it imports each chat (printing what "
                    + "humeur import prints), scores its messages and sessions that lack a score from the model "
                    + "(with a progress bar on a terminal), then writes the report of these chats, for all their "
                    + "contacts, and prints where it is and a summary table with a sparkline per contact.",
            "",
            "Every FILE is opened and checked, and the model loaded, before anything is written: a file that is "
                    + "missing or is not a chat export, or a model that cannot be loaded, stops the command with "
                    + "a one-line error, and the database is left as it was (not even created).",
            "",
            "Running it again is quick: only messages new to the database are imported (give it a newer export "
                    + "of the same chat and only what it adds is), only messages without a score are scored, and "
                    + "the report is written again."},
        exitCodeList = {
            "0:The chats were imported and scored, and the report written.",
            "1:A file is not a chat export or cannot be read, there is no model, or the database or the report "
                    + "file could not be used (see the message). A file refused before the import leaves the "
                    + "database untouched; a chat that breaks while it is imported is not kept, and the others "
                    + "go on.",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): the chats imported before are kept, the chat being imported is not, and "
                    + "the scores written before are kept; run it again to finish."},
        footer = {
            "  humeur analyze 'Discussion WhatsApp avec Les Colocs.txt'",
            "  humeur analyze -o natan.html --by week 'WhatsApp Chat - Natan.zip'",
            "  humeur analyze --model ~/models/humeur-fr --lang en ~/Downloads/facebook-lea/",
            ManPage.FILES,
            ManPage.DATABASE,
            ManPage.ENVIRONMENT})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ModelOption model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The report file to write: HTML, or "
            + "CSV or JSON when its name ends in .csv or .json. Default: " + ReportFile.DEFAULT_HTML
            + " in the current folder.")
    private Path output;

    @Mixin
    private ReportLayoutOptions layout;

    @Mixin
    private SessionGapOption sessionGap;

    @Mixin
    private ReadingOptions reading;

    @Option(names = "--chat-name", paramLabel = "NAME",
            description = "Store the chat under this name rather than the one in the export. Only for a single FILE "
                    + "holding a single chat.")
    private String chatName;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files or folders to analyse.")
    private List<Path> files;

    private final ExportOpener opener;

    /** The command as the application runs it. */
    public AnalyzeCommand() {
        this(ExportOpener.EXPORTS);
    }

    AnalyzeCommand(ExportOpener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() throws IOException, SQLException {
        if (chatName != null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--chat-name names one chat: give a single FILE");
        }
        if (output != null && output.toString().equals("-")) {
            throw new ParameterException(spec.commandLine(), "-o - is not for analyze, whose steps go to stdout: "
                    + "name a file (humeur report -o - writes a report to stdout)");
        }
        Path report = (output != null ? output : Path.of(ReportFile.DEFAULT_HTML)).toAbsolutePath();
        Granularity by = layout.granularity();
        HtmlReport.Language language = layout.language();
        ReportFile.checkWritable(report);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChatImporter importer = new ChatImporter(opener, reading.toReadOptions(), chatName,
                ProgressDisplay.forThisProcess(), err);
        Set<StoredChat> chats = new LinkedHashSet<>();
        boolean allImported = true;
        StoredModel scoredWith;
        // Files first, then the model (slower to load): nothing is written before both are known to be usable.
        try (OpenedExports exports = importer.openAll(files);
             ModelOption.OpenModel scorer = model.open();
             ChatStore store = ChatStore.open(database.path());
             InterruptGuard guard = InterruptGuard.install(store.cancellation(), err)) {
            ScoreStore scores = new ScoreStore(store);
            importer.afterEachChat(result -> chats.add(scores.chat(result.reading().platform(),
                    result.reading().chat()).orElseThrow()));
            out.println("Importing " + ImportSummary.count(files.size()) + (files.size() == 1 ? " export" : " exports")
                    + " into " + database.path().toAbsolutePath());
            ImportSummary summary = new ImportSummary(out);
            for (ChatExport export : exports.exports()) {
                allImported &= importer.store(export, store, summary, guard);
            }
            if (chats.isEmpty()) {
                return 1;
            }
            guard.importing("the batch of scores being written (the chats are imported; humeur analyze or humeur "
                    + "rescore finishes scoring them)");
            scoredWith = score(scores, scorer, List.copyOf(chats), out);
        } catch (ImportCancelledException e) {
            // The shutdown hook has said what was lost; the JVM is exiting.
            return 130;
        }
        // By name, as reports select chats: a chat of the same name in another app is reported with it.
        List<String> names = chats.stream().map(StoredChat::name).distinct().toList();
        ReportData data = ReportFile.query(database.path(), new ReportSelection(names, List.of(), null, null, by,
                scoredWith.identity()));
        String format = ReportFile.formatOf(report.toString());
        ReportFile.write(data, format, language, report);
        ReportFile.printWritten(out, report, format);
        TerminalSummary.print(data, out);
        out.flush();
        return allImported ? 0 : 1;
    }

    /** Scores what the chats lack, saying how much that is; the model as stored. */
    private StoredModel score(ScoreStore scores, ModelOption.OpenModel scorer, List<StoredChat> chats,
                              PrintWriter out) {
        StoredModel stored = scores.useModel(scorer.scorer());
        out.println(ChatScoring.lacking(scores, stored, chats));
        out.flush();
        ChatScoring.Result scored = new ChatScoring(scores, stored, scorer.scorer(), sessionGap.minutes(),
                ScoringBar.terminal()).scoreAll(chats, out);
        if (scored.messages() == 0 && scored.sessions() == 0) {
            out.println("  nothing new to score");
        } else if (chats.size() > 1) {
            out.println(ChatScoring.describe(scored));
        }
        out.flush();
        return stored;
    }
}
