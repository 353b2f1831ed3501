package humeur.app.cli;

/** Section headings shared by every command's {@code --help}, laid out like a man page (subcommand packages use them too). */
public final class ManPage {
    public static final String SYNOPSIS = "%nSYNOPSIS%n  ";
    public static final String DESCRIPTION = "%nDESCRIPTION%n";
    public static final String ARGUMENTS = "%nARGUMENTS%n";
    public static final String OPTIONS = "%nOPTIONS%n";
    public static final String COMMANDS = "%nCOMMANDS%n";
    public static final String EXIT_STATUS = "%nEXIT STATUS%n";
    public static final String EXAMPLES = "%nEXAMPLES%n";
    public static final String FILES = "%nFILES";
    // Footers are not wrapped with an indent, so they are laid out here by hand, within 80 columns.
    public static final String DATABASE = "  ~/.local/share/humeur/humeur.db%n"
            + "      The database, unless --db says otherwise; $XDG_DATA_HOME/humeur/humeur.db%n"
            + "      when XDG_DATA_HOME is set. An SQLite file: back it up by copying it while%n"
            + "      humeur is not running.";
    public static final String ENVIRONMENT = "%nENVIRONMENT%n"
            + "  HUMEUR_DEBUG=1%n"
            + "      Show the stack trace of an error, as --debug does.";

    private ManPage() {
    }
}
