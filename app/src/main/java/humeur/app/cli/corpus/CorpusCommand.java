package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code humeur corpus}: the commands that build training corpora. */
@Command(name = "corpus",
        header = "Build training corpora for humeur's sentiment model.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, commandListHeading = ManPage.COMMANDS,
        description = "Commands that gather and prepare the text humeur's French sentiment model learns from. "
                + "They write files for training; they never touch the chats in the database. "
                + "Run humeur corpus COMMAND --help for the details of a command.",
        subcommands = {ReviewsCommand.class, TokenizeCommand.class, SubwordsCommand.class})
public final class CorpusCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** {@code humeur corpus} alone shows the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
