package humeur.app.cli.corpus;

/**
 * Section headings of the {@code corpus} commands' {@code --help}, laid out like a man page as every humeur command's
 * (the same as {@code humeur.app.cli}'s, which that package keeps to itself).
 */
final class ManPage {
    static final String SYNOPSIS = "%nSYNOPSIS%n  ";
    static final String DESCRIPTION = "%nDESCRIPTION%n";
    static final String ARGUMENTS = "%nARGUMENTS%n";
    static final String OPTIONS = "%nOPTIONS%n";
    static final String COMMANDS = "%nCOMMANDS%n";
    static final String EXIT_STATUS = "%nEXIT STATUS%n";
    static final String EXAMPLES = "%nEXAMPLES%n";
    static final String FILES = "%nFILES";
    static final String ENVIRONMENT = "%nENVIRONMENT%n"
            + "  HUMEUR_DEBUG=1%n"
            + "      Show the stack trace of an error, as --debug does.";

    private ManPage() {
    }
}
