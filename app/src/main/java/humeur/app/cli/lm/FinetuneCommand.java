package humeur.app.cli.lm;

import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code humeur lm finetune}: a pretrained language model adapted to the target domain's text (ULMFiT stage 2). */
@Command(name = "finetune", sortOptions = false, showDefaultValues = true,
        header = "Fine-tune a pretrained language model on the target text (ULMFiT stage 2).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Loads the model humeur lm pretrain saved in --from and trains it further on --train (chats, reviews: "
                    + "the text the classifier will read), so that it learns the domain's words and style.",
            "",
            "When --vocab differs from the pretrained model's vocabulary, the model is moved to it first: tokens "
                    + "both know keep their embedding and decoder bias, new tokens start from the mean embedding and "
                    + "mean bias (ULMFiT), so the corpus can be tokenised with its own vocabulary.",
            "",
            "Training is the paper's LM fine-tuning: every layer group trains from the start, with discriminative "
                    + "learning rates (--lr for the embedding and decoder, divided by 2.6 for each layer below) under "
                    + "a 1cycle schedule. Freezing and gradual unfreezing are left to the classifier stage, where "
                    + "the paper uses them. --drop-mult 0.3 is fastai's and MultiFiT's value for LM fine-tuning; "
                    + "--lr 2e-3 is fastai's rate for fine-tuning the whole unfrozen language model.",
            "",
            "Checkpoints, --resume, Ctrl-C and the final scores work as in humeur lm pretrain."},
        exitCodeList = {
            "0:The model is fine-tuned and saved (or --stop-after stopped it and a checkpoint is saved).",
            "1:A file is missing or does not match the vocabulary, or training diverged.",
            "2:The command line is wrong.",
            "130:Interrupted by Ctrl-C or SIGTERM; a checkpoint is saved, --resume continues."},
        footer = {
            "  humeur corpus tokenize --vocab chats.vocab -o chats.tok chats.txt",
            "  humeur corpus tokenize --vocab chats.vocab -o chats-valid.tok held-out.txt",
            "  humeur lm finetune --from lm --train chats.tok --valid chats-valid.tok \\",
            "      --vocab chats.vocab -o chats-lm",
            ManPage.ENVIRONMENT})
public final class FinetuneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The pretrained model folder (humeur lm pretrain's -o).")
    private Path pretrained;

    @Mixin
    private TrainingOptions training;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10",
            description = "Epochs over --train (fastai's LM fine-tuning: 10 after its frozen epoch; MultiFiT: 20).")
    private int epochs;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "2e-3",
            description = "The top learning rate of the 1cycle schedule, for the embedding and decoder; each layer "
                    + "below gets 2.6 times less.")
    private double learningRate;

    @Option(names = "--drop-mult", paramLabel = "X", defaultValue = "0.3",
            description = "Scales every dropout of the architecture (fastai and MultiFiT LM fine-tuning: 0.3): "
                    + "a smaller corpus needs more regularisation than pretraining.")
    private float dropMult;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        if (dropMult < 0) {
            throw new ParameterException(spec.commandLine(), "--drop-mult must be >= 0: " + dropMult);
        }
        PrintWriter out = spec.commandLine().getOut();
        return new TrainingRun(spec, training, threads).train(epochs, learningRate, (vocabulary, manager) -> {
            ModelDirectory.Saved source = new ModelDirectory(pretrained).load(manager);
            if (source.backward() != training.backward) {
                throw new IOException(pretrained + " reads text " + (source.backward() ? "backwards" : "forwards")
                        + ": fine-tune it " + (source.backward() ? "with" : "without") + " --backward");
            }
            LanguageModel model = source.model();
            if (!source.vocabulary().vocabulary().equals(vocabulary.vocabulary())) {
                Vocabulary old = source.vocabulary().vocabulary();
                model = LanguageModel.transferVocabulary(model, old, vocabulary.vocabulary(), manager);
                long known = vocabulary.vocabulary().tokens().stream().filter(old::contains).count();
                out.printf("vocabulary: moved the model from %,d to %,d tokens, %,d of them known to it"
                                + " (the others start from the mean embedding)%n", old.size(), vocabulary.vocabulary().size(), known);
            }
            return model.withDropMult(dropMult, manager);
        });
    }
}
