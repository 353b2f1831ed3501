package humeur.app.cli.lm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code humeur lm pretrain}: a language model trained from scratch on a large French corpus (ULMFiT stage 1). */
@Command(name = "pretrain", sortOptions = false, showDefaultValues = true,
        header = "Pretrain a French language model from scratch (ULMFiT stage 1).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Trains an AWD-LSTM or a QRNN language model on --train, a token file from humeur corpus tokenize, to "
                    + "predict each next token. Training follows fastai's fit_one_cycle: the learning rate warms up "
                    + "from lr/25 to --lr over the first quarter of the steps and anneals to lr/1e5, Adam's β1 going "
                    + "0.8 → 0.7 → 0.8; Adam (β2 0.99) with decoupled weight decay; learning rates divided by 2.6 per "
                    + "layer group below the top (embedding and decoder); AR/TAR activation regularisation (2 and 1); "
                    + "gradient clipping; the hidden state carried across batches and reset each epoch.",
            "",
            "Defaults follow the recipe in ../shared/docs/ulmfit-recipe.md. --lr 5e-3, --epochs 10 and --bptt 70 are "
                    + "MultiFiT's pretraining values. --drop-mult 0.0 is MultiFiT's too: a large corpus, read a few "
                    + "times, is underfitted rather than overfitted, and dropout only slows learning; raise it (1.0 "
                    + "applies fastai's full AWD-LSTM dropouts) when validation loss rises while training loss falls.",
            "",
            "Every --checkpoint-every minutes, and when training stops early, the run saves a checkpoint into "
                    + "DIR/checkpoints. Ctrl-C (or kill: SIGTERM) stops after the current batch, saves one and exits "
                    + "with 130; the same command with --resume continues and ends with the same model as an "
                    + "uninterrupted run. At the end the model and a copy of the vocabulary are saved into DIR, and "
                    + "--valid is scored: loss (nats per token), perplexity, next-token accuracy and bits per "
                    + "character (comparable between word and subword vocabularies)."},
        exitCodeList = {
            "0:The model is trained and saved (or --stop-after stopped it and a checkpoint is saved).",
            "1:A file is missing or does not match the vocabulary, or training diverged.",
            "2:The command line is wrong.",
            "130:Interrupted by Ctrl-C or SIGTERM; a checkpoint is saved, --resume continues."},
        footer = {
            "  humeur corpus tokenize --vocab fr.vocab -o train.tok ../shared/data/lm",
            "  humeur lm pretrain --train train.tok --valid valid.tok --vocab fr.vocab -o lm",
            "  humeur lm pretrain --train train.tok --valid valid.tok --vocab fr.vocab -o lm --resume",
            "  humeur lm pretrain --arch qrnn --size full --train train.tok --vocab fr.vocab -o qrnn",
            ManPage.ENVIRONMENT})
public final class PretrainCommand implements Callable<Integer> {

    /** How big a model to build: the recipe's sizes, or small ones that train on a few CPU cores. */
    enum Size { small, full }

    /** The recurrent layer, as spelled on the command line. */
    enum Arch {
        awd_lstm(Architecture.AWD_LSTM), qrnn(Architecture.QRNN);

        final Architecture architecture;

        Arch(Architecture architecture) {
            this.architecture = architecture;
        }

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private TrainingOptions training;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "awd-lstm", converter = ArchConverter.class,
            description = "awd-lstm (fastai's AWD-LSTM: LSTM layers with weight drop) or qrnn (MultiFiT's QRNN: "
                    + "1.4-2.7× faster per layer on CPU, meant for a subword vocabulary).")
    private Arch arch;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
            description = "small: embedding 128, hidden 256, 3 layers, trains on a few CPU cores in hours; "
                    + "full: fastai's AWD-LSTM 400/1152/3 or MultiFiT's QRNN 400/1550/4, for a GPU.")
    private Size size;

    @Option(names = "--emb", paramLabel = "N", description = "Embedding width, instead of --size's (tiny models for tests).")
    private Integer embedding;

    @Option(names = "--hidden", paramLabel = "N", description = "Hidden width of the inner layers, instead of --size's.")
    private Integer hidden;

    @Option(names = "--layers", paramLabel = "N", description = "Recurrent layers, instead of --size's.")
    private Integer layers;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Epochs over --train (MultiFiT: 10).")
    private int epochs;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "5e-3",
            description = "The top learning rate of the 1cycle schedule, for the top layer group (MultiFiT: 5e-3).")
    private double learningRate;

    @Option(names = "--drop-mult", paramLabel = "X", defaultValue = "0.0",
            description = "Scales every dropout of the architecture (MultiFiT pretraining: 0.0; fastai LM fine-tuning 0.3).")
    private float dropMult;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        return new TrainingRun(spec, training, threads).train(epochs, learningRate, this::newModel);
    }

    private LanguageModel newModel(VocabularyFiles vocabulary, NDManager manager) {
        int tokens = vocabulary.vocabulary().size();
        LmConfig config = switch (size) {
            case small -> arch.architecture == Architecture.QRNN ? LmConfig.qrnnSmall(tokens) : LmConfig.awdLstmSmall(tokens);
            case full -> arch.architecture == Architecture.QRNN ? LmConfig.qrnn(tokens) : LmConfig.awdLstm(tokens);
        };
        try {
            config = new LmConfig(config.architecture(), tokens, embedding != null ? embedding : config.embeddingSize(),
                    hidden != null ? hidden : config.hiddenSize(), layers != null ? layers : config.layers(),
                    config.dropouts(), dropMult, config.padId(), config.tiedDecoder());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // the initial weights depend on --seed alone; a resumed run replaces them from the checkpoint
        Engine.getInstance().setRandomSeed((int) training.seed);
        LanguageModel model = new LanguageModel(config);
        model.initialize(manager, DataType.FLOAT32, new Shape(training.batch, training.bptt));
        return model;
    }

    /** Reads {@code awd-lstm} and {@code qrnn}. */
    static final class ArchConverter implements picocli.CommandLine.ITypeConverter<Arch> {
        @Override
        public Arch convert(String value) {
            return Arch.valueOf(value.replace('-', '_'));
        }
    }
}
