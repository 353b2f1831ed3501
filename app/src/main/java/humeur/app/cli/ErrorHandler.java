package humeur.app.cli;

import humeur.app.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Turns every failure into one line on stderr, {@code humeur: <reason>}, with the stack trace only when asked for
 * ({@code --debug} or {@code HUMEUR_DEBUG=1}): people read these, not developers.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debugByEnvironment;

    ErrorHandler(boolean debugByEnvironment) {
        this.debugByEnvironment = debugByEnvironment;
    }

    /** A handler that also shows stack traces when the environment has {@code HUMEUR_DEBUG=1}. */
    static ErrorHandler fromEnvironment() {
        return new ErrorHandler("1".equals(System.getenv("HUMEUR_DEBUG")));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("humeur: " + reason(e));
        if (debugByEnvironment || debugAsked(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("humeur: " + e.getMessage() + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String reason(Exception e) {
        // Our own exceptions and I/O errors carry a message written for people; anything else is a bug.
        if (e instanceof StoreException || e instanceof IOException) {
            return e.getMessage();
        }
        return "unexpected error: " + e + " (run again with --debug to see where)";
    }

    private static boolean debugAsked(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
