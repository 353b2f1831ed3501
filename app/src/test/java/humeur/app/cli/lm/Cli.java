package humeur.app.cli.lm;

import humeur.app.cli.Humeur;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code humeur} in-process, as the application does, with its output captured (the training commands' tests:
 * lm and classifier).
 */
public final class Cli {
    private Cli() {
    }

    /** What a run gave. */
    public record Result(int exitCode, String out, String err) {
        /** The value after {@code prefix} on the first output line that starts with it, up to the next comma. */
        public double number(String prefix) {
            for (String line : out.split("\n")) {
                if (line.startsWith(prefix)) {
                    return Double.parseDouble(line.substring(prefix.length()).split(",")[0].trim());
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' in:\n" + out + err);
        }

        /** The first output line that starts with {@code prefix}. */
        public String line(String prefix) {
            for (String line : out.split("\n")) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' in:\n" + out + err);
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Humeur.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
