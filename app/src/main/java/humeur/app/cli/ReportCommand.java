package humeur.app.cli;

import humeur.app.report.HtmlReport;
import humeur.app.report.ReportData;
import humeur.app.report.ReportSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code humeur report}: the sentiment of each contact over time, as a page to open, a CSV or a JSON file. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false, showDefaultValues = true,
        header = "Write the per-contact sentiment report (HTML, CSV or JSON).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS,
        footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads the sentiment scores of the messages (those of the model used last, or of --model) and writes, "
                    + "for each contact, the mean polarity of their messages per day, week or month (from -1, "
                    + "negative, to +1, positive), with its 95%% interval (mean ± 1.96 standard errors), the shares "
                    + "of negative, neutral and positive messages, and the trend (slope of the least-squares line "
                    + "through the period means). A contact is a participant's name: their messages in every "
                    + "selected chat count together. Messages without a score (media, deleted, events) do not count.",
            "",
            "The HTML report is one file that works offline, on a computer or a phone: a timeline per contact, an "
                    + "overview of each, the contacts compared on one chart, and, when you click or tap a period, its "
                    + "most positive and most negative messages (at most three of each per contact, chat and period; "
                    + "fewer in a very large report). It has filters for chats, contacts and dates. Message texts are "
                    + "shown as text: nothing in a message can run in the page. The file is written readable by you only: it "
                    + "quotes your conversations.",
            "",
            "CSV and JSON hold the same aggregates (contact, period, messages, mean, interval, shares) and no "
                    + "message text, for spreadsheets and notebooks.",
            "",
            "A summary table with a sparkline per contact is printed at the end (on stderr when the report itself "
                    + "goes to stdout). The messages must have been scored first."},
        exitCodeList = {
            "0:The report was written.",
            "1:There are no scores yet, or a chat, contact or model asked for does not exist, or the database or "
                    + "the output file could not be used.",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): no report file was written."},
        footer = {
            "  humeur report",
            "  humeur report --contact Natan --by week --from 2024-01-01 -o natan.html",
            "  humeur report --chat 'Les Colocs' --lang en -o colocs.html",
            "  humeur report --format csv > humeur.csv",
            ManPage.FILES,
            ManPage.DATABASE,
            ManPage.ENVIRONMENT})
public final class ReportCommand implements Callable<Integer> {
    /** Where the HTML report goes when -o is not given. */
    static final String DEFAULT_HTML = ReportFile.DEFAULT_HTML;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--chat", paramLabel = "NAME", showDefaultValue = Help.Visibility.NEVER, description = "Only this chat (as `humeur chats` names it). "
            + "Repeat for several. Default: every chat.")
    private List<String> chats = new ArrayList<>();

    @Option(names = "--contact", paramLabel = "NAME", showDefaultValue = Help.Visibility.NEVER, description = "Only this contact (a participant's name, as in "
            + "the export). Repeat for several. Default: everyone.")
    private List<String> contacts = new ArrayList<>();

    @Mixin
    private ReportLayoutOptions layout;

    @Option(names = "--from", paramLabel = "DATE", description = "Only messages of this day (yyyy-MM-dd) or later.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only messages of this day (yyyy-MM-dd) or earlier.")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, csv or json. Default: from the -o file's "
            + "extension, else html.")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (- for stdout). "
            + "Default: " + DEFAULT_HTML + " in the current folder for HTML, stdout for CSV and JSON.")
    private String output;

    @Option(names = "--model", paramLabel = "MODEL", description = "Use the scores of this model (its name or "
            + "identity). Default: the model used last.")
    private String model;

    @Override
    public Integer call() throws IOException, SQLException {
        String chosenFormat = format();
        HtmlReport.Language language = layout.language();
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        String target = output != null ? output : chosenFormat.equals("html") ? DEFAULT_HTML : "-";
        ReportSelection selection = new ReportSelection(chats, contacts, from, to, layout.granularity(), model);
        ReportData data = ReportFile.query(database.path(), selection);
        PrintWriter out = spec.commandLine().getOut();
        if (target.equals("-")) {
            ReportFile.write(data, chosenFormat, language, out);
            out.flush();
            TerminalSummary.print(data, spec.commandLine().getErr());
            return 0;
        }
        Path file = Path.of(target);
        ReportFile.write(data, chosenFormat, language, file);
        ReportFile.printWritten(out, file, chosenFormat);
        TerminalSummary.print(data, out);
        return 0;
    }

    private String format() {
        String f = (format != null ? format : ReportFile.formatOf(output)).toLowerCase(Locale.ROOT);
        if (!List.of("html", "csv", "json").contains(f)) {
            throw new ParameterException(spec.commandLine(), "--format must be html, csv or json, not '" + format + "'");
        }
        return f;
    }
}
