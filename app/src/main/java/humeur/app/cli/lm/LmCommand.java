package humeur.app.cli.lm;

import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code humeur lm}: the commands that train, score and sample French language models. */
@Command(name = "lm",
        header = "Pretrain, fine-tune, evaluate and sample French language models (ULMFiT).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, commandListHeading = ManPage.COMMANDS,
        description = "The language model under humeur's sentiment classifier, built the ULMFiT way: pretrain an "
                + "AWD-LSTM or QRNN on a large French corpus (lm pretrain), fine-tune it on informal text (lm finetune), "
                + "then check it (lm eval, lm generate). Token files come from humeur corpus tokenize. "
                + "Run humeur lm COMMAND --help for the details of a command.",
        subcommands = {PretrainCommand.class, FinetuneCommand.class, EvalCommand.class, GenerateCommand.class})
public final class LmCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** {@code humeur lm} alone shows the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
