package humeur.app.cli.classifier;

import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code humeur classifier}: train and evaluate the sentiment classifier (ULMFiT stage 3). */
@Command(name = "classifier",
        header = "Train and evaluate the French sentiment classifier (ULMFiT stage 3).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, commandListHeading = ManPage.COMMANDS,
        description = "The sentiment model humeur scores chats with: a classifier head on the encoder of a language "
                + "model fine-tuned with humeur lm finetune, trained on labelled French texts (reviews, tweets) with "
                + "gradual unfreezing and discriminative learning rates (classifier train), an n-gram logistic regression "
                + "to stand beside it in the ensemble (classifier ngrams), then scored on held-out sets (classifier "
                + "eval). Run humeur classifier COMMAND --help for the details of a command.",
        subcommands = {TrainCommand.class, NgramsCommand.class, EvalCommand.class})
public final class ClassifierCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** {@code humeur classifier} alone shows the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
