package humeur.app.cli;

import humeur.app.cli.classifier.ClassifierCommand;
import humeur.app.cli.corpus.CorpusCommand;
import humeur.app.cli.lm.LmCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The {@code humeur} command: its subcommands, and the way errors are shown. */
@Command(name = "humeur", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        header = "How your conversations feel: your chat exports, imported and read locally.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, commandListHeading = ManPage.COMMANDS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = "humeur keeps your WhatsApp and Messenger exports in a database on this computer, to read "
                + "how your conversations feel, contact by contact and month by month. Nothing leaves the machine. "
                + "Run humeur COMMAND --help for the details of a command.",
        subcommands = {AnalyzeCommand.class, ImportCommand.class, ChatsCommand.class, ReportCommand.class,
            ScoreCommand.class, RescoreCommand.class, CorpusCommand.class, LmCommand.class, ClassifierCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeList = {
            "0:Success.",
            "1:Some input could not be used (see the message), or the database could not be.",
            "2:The command line is wrong."},
        footer = {
            "  humeur import 'WhatsApp Chat with Natan.zip'",
            "  humeur chats",
            ManPage.FILES,
            ManPage.DATABASE,
            ManPage.ENVIRONMENT})
public final class Humeur implements Runnable {

    // Read by ErrorHandler from the parse result: errors are handled outside the command that failed.
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error (also: HUMEUR_DEBUG=1).")
    private boolean debug;

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line as the application runs it: one-line errors, UTF-8 output whatever the locale. */
    public static CommandLine commandLine() {
        return withErrorHandling(new CommandLine(new Humeur()))
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** {@code command} with errors shown on one line, as {@code humeur: <reason>}. */
    static CommandLine withErrorHandling(CommandLine command) {
        ErrorHandler errors = ErrorHandler.fromEnvironment();
        return command.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    }

    /** {@code humeur} alone shows the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version Maven wrote into the jar's resources. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Humeur.class.getResourceAsStream("/humeur/app/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"humeur " + p.getProperty("version", "(development build)")};
        }
    }
}
