package humeur.app.cli;

import humeur.app.report.Granularity;
import humeur.app.report.HtmlReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.Locale;

/** {@code --by} and {@code --lang}: how a report is laid out, shared by the commands that write one. */
public final class ReportLayoutOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "The length of a period: day, week (ISO, Monday to Sunday) or month.")
    private String by;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr", description = "The language of the HTML "
            + "report: fr or en.")
    private String lang;

    /** The periods asked for. */
    Granularity granularity() {
        return switch (by.toLowerCase(Locale.ROOT)) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            default -> throw new ParameterException(command.commandLine(),
                    "--by must be day, week or month, not '" + by + "'");
        };
    }

    /** The language of the HTML report asked for. */
    HtmlReport.Language language() {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> HtmlReport.Language.FR;
            case "en" -> HtmlReport.Language.EN;
            default -> throw new ParameterException(command.commandLine(),
                    "--lang must be fr or en, not '" + lang + "'");
        };
    }
}
