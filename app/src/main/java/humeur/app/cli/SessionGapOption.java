package humeur.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --session-gap MINUTES}, shared by the commands that score sessions. */
public final class SessionGapOption {
    /** The default gap: an hour of silence ends a conversation. */
    static final int DEFAULT_MINUTES = 60;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private int minutes = DEFAULT_MINUTES;

    @Option(names = "--session-gap", paramLabel = "MINUTES", defaultValue = "" + DEFAULT_MINUTES,
            description = "A chat is cut into sessions after more than this many minutes of silence, and each "
                    + "session is scored as one conversation. A silence of exactly this long stays within the "
                    + "session.")
    void setMinutes(int minutes) {
        if (minutes < 1) {
            throw new ParameterException(command.commandLine(), "--session-gap must be at least 1 minute (got "
                    + minutes + ")");
        }
        this.minutes = minutes;
    }

    /** The gap, in minutes. */
    int minutes() {
        return minutes;
    }
}
