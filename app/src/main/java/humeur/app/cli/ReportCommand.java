package humeur.app.cli;

import humeur.app.report.CsvReport;
import humeur.app.report.Granularity;
import humeur.app.report.HtmlReport;
import humeur.app.report.JsonReport;
import humeur.app.report.ReportData;
import humeur.app.report.ReportDatabase;
import humeur.app.report.ReportQuery;
import humeur.app.report.ReportSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
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
    static final String DEFAULT_HTML = "humeur-report.html";

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

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "The length of a period: day, week (ISO, Monday to Sunday) or month.")
    private String by;

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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr", description = "The language of the HTML "
            + "report: fr or en.")
    private String lang;

    @Option(names = "--model", paramLabel = "MODEL", description = "Use the scores of this model (its name or "
            + "identity). Default: the model used last.")
    private String model;

    @Override
    public Integer call() throws IOException, SQLException {
        Granularity granularity = granularity();
        String chosenFormat = format();
        HtmlReport.Language language = language();
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        String target = output != null ? output : chosenFormat.equals("html") ? DEFAULT_HTML : "-";
        ReportSelection selection = new ReportSelection(chats, contacts, from, to, granularity, model);
        ReportData data;
        try (Connection connection = ReportDatabase.open(database.path())) {
            data = new ReportQuery(connection, database.path()).run(selection);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (target.equals("-")) {
            write(data, chosenFormat, language, out);
            out.flush();
            TerminalSummary.print(data, spec.commandLine().getErr());
            return 0;
        }
        Path file = Path.of(target);
        writeFile(data, chosenFormat, language, file);
        out.printf(Locale.ROOT, "Report written to %s (%s, %,.1f kB)%s%n", file, chosenFormat.toUpperCase(Locale.ROOT),
                Files.size(file) / 1e3, chosenFormat.equals("html") ? ": open it in a web browser" : "");
        TerminalSummary.print(data, out);
        return 0;
    }

    // Written beside the target and moved over it at the end: an interrupted run leaves no half report.
    private static void writeFile(ReportData data, String format, HtmlReport.Language language, Path file)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException(file + ": cannot write the report: there is no folder " + folder);
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": cannot write the report: it is a folder (name a file, e.g. "
                    + file.resolve(DEFAULT_HTML) + ")");
        }
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            partial.toFile().deleteOnExit();
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
                write(data, format, language, w);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            throw new IOException(file + ": cannot write the report: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }

    private static void write(ReportData data, String format, HtmlReport.Language language, Writer w)
            throws IOException {
        switch (format) {
            case "csv" -> CsvReport.write(data, w);
            case "json" -> JsonReport.write(data, w);
            default -> HtmlReport.write(data, language, LocalDate.now(), w);
        }
    }

    private Granularity granularity() {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            default -> throw new ParameterException(spec.commandLine(),
                    "--by must be day, week or month, not '" + by + "'");
        };
    }

    private String format() {
        String f = format;
        if (f == null) {
            String name = output == null ? "" : output.toLowerCase(Locale.ROOT);
            f = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : "html";
        }
        f = f.toLowerCase(Locale.ROOT);
        if (!List.of("html", "csv", "json").contains(f)) {
            throw new ParameterException(spec.commandLine(), "--format must be html, csv or json, not '" + format + "'");
        }
        return f;
    }

    private HtmlReport.Language language() {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> HtmlReport.Language.FR;
            case "en" -> HtmlReport.Language.EN;
            default -> throw new ParameterException(spec.commandLine(), "--lang must be fr or en, not '" + lang + "'");
        };
    }
}
