package humeur.app.cli.corpus;

import picocli.CommandLine.Option;

/** {@code -h, --help}, for every corpus command. */
public final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;
}
