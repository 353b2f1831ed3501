package humeur.app.cli.classifier;

import ai.djl.ndarray.NDManager;
import humeur.app.cli.ManPage;
import humeur.app.cli.RunSettings;
import humeur.app.cli.corpus.HelpOption;
import humeur.classifier.eval.EvaluationReport;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.train.ClassifierTraining;
import humeur.classifier.train.LabelledExample;
import humeur.corpora.labelled.LabelScheme;
import humeur.lm.data.SortishBatches;
import humeur.lm.model.LanguageModel;
import humeur.lm.train.Checkpoints;
import humeur.lm.train.Interruption;
import humeur.lm.train.LoopState;
import humeur.lm.train.PeriodicCheckpoints;
import humeur.lm.train.ProgressBarListener;
import humeur.lm.train.TrainingCallback;
import humeur.lm.train.TrainingDivergedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code humeur classifier train}: a sentiment classifier on a fine-tuned language model (ULMFiT stage 3). */
@Command(name = "train", sortOptions = false, showDefaultValues = true,
        header = "Train a sentiment classifier on a fine-tuned language model (ULMFiT stage 3).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Puts fastai's classifier head on the encoder of the language model in --lm and trains it on the labelled "
                    + "texts of --train, keeping the epoch that scores best on --dev (the test data stays unseen).",
            "",
            "Reading: each text is tokenised as the language model was, and read in chunks of --bptt tokens with the "
                    + "recurrent state carried from chunk to chunk (BPT3C), however long it is; the outputs of its last "
                    + "--max-len tokens are pooled: the last state, the maximum and the mean over real tokens (padding "
                    + "masked). The head is BatchNorm, Dropout (0.4 × --drop-mult), Linear to 50, ReLU, BatchNorm, "
                    + "Dropout 0.1, Linear to the classes.",
            "",
            "Training is the ULMFiT recipe: the head alone for one epoch at --lr, then the last two layer groups at "
                    + "--lr/2, the last three at --lr/4, then every group at --lr/20 for the remaining epochs (fastai's "
                    + "2e-2, 1e-2, 5e-3, 1e-3), each stage a 1cycle, each group below the top 2.6 times slower "
                    + "(discriminative rates). Batches are shuffled, so each mixes short and long texts as the data does "
                    + "(see --batch-order). After each epoch the BatchNorm statistics are recomputed on training texts, "
                    + "then --dev is scored.",
            "",
            "Data files: AlloCiné-style CSV (text,label), TSV (label<TAB>text), or NAME_text.txt with NAME_labels.txt "
                    + "(DEFT 2017); labels 0/1 for --scheme binary, 0/1/2 (negative, neutral, positive) for three-class. "
                    + "Binary and three-class data train the same model; a binary model gives P(neutral) = 0.",
            "",
            "The model folder -o holds the best epoch's model (classifier.json, encoder-config.json, "
                    + "encoder.safetensors (the encoder in half precision), "
                    + "head.params, the vocabulary) and MODEL.md, its card; checkpoints go to DIR/checkpoints. Ctrl-C "
                    + "(or kill: SIGTERM) saves a checkpoint and --resume continues the run."},
        exitCodeList = {
            "0:The classifier is trained and saved.",
            "1:A file is missing or unreadable, or training diverged.",
            "2:The command line is wrong.",
            "130:Interrupted by Ctrl-C or SIGTERM; a checkpoint is saved, --resume continues."},
        footer = {
            "  humeur classifier train --lm chats-lm --train allocine/train.csv \\",
            "      --dev allocine/dev.csv -o sentiment",
            "  humeur classifier train --lm chats-lm --scheme three-class \\",
            "      --train deft2017/train_text.txt --dev deft2017/val_text.txt -o tweets",
            ManPage.ENVIRONMENT})
public final class TrainCommand implements Callable<Integer> {
    static final int INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--lm", paramLabel = "DIR", required = true,
            description = "The fine-tuned language model folder (humeur lm finetune's -o): its encoder and vocabulary.")
    private Path lm;

    @Option(names = "--subwords", paramLabel = "FILE",
            description = "The SentencePiece model the language model's vocabulary came from, for a language model "
                    + "folder without its own DIR/subwords.model (humeur lm pretrain saves one there); it is saved "
                    + "beside the classifier.")
    private Path subwords;

    @Option(names = "--train", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Labelled training files (CSV, TSV or NAME_text.txt; see DESCRIPTION).")
    private List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Labelled development files: scored after every epoch to keep the best one.")
    private List<Path> dev;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The model folder: the best epoch's model and MODEL.md; checkpoints in DIR/checkpoints.")
    private Path output;

    @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "auto",
            description = "binary (0 negative, 1 positive: reviews), three-class (0 negative, 1 neutral, 2 positive: "
                    + "tweets), or auto: each file its own (three-class when it has a label 2), and a three-class model "
                    + "when any training file is, so review and tweet sets train one model.")
    private String scheme;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "5",
            description = "Epochs: fastai's 1 (head) + 1 (two groups) + 1 (three groups) + 2 (all).")
    private int epochs;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "2e-2",
            description = "The first stage's peak learning rate (fastai 2e-2); later stages use 1/2, 1/4 and 1/20 of it.")
    private double learningRate;

    @Option(names = "--drop-mult", paramLabel = "X", defaultValue = "0.5",
            description = "Scales fastai's classifier dropouts (0.4 output, 0.3 hidden, 0.4 input, 0.05 embedding, "
                    + "0.5 weight); fastai's ULMFiT classifier uses 0.5.")
    private float dropMult;

    @Option(names = "--label-smoothing", paramLabel = "X", defaultValue = "0",
            description = "Label smoothing ε: the target puts 1 − ε on the label and spreads ε over all classes "
                    + "(MultiFiT used 0.1; 0 is plain cross-entropy).")
    private float labelSmoothing;

    @Option(names = "--bptt", paramLabel = "N", defaultValue = "72",
            description = "Tokens per chunk the encoder reads at a time (fastai 72).")
    private int bptt;

    @Option(names = "--max-len", paramLabel = "N", defaultValue = "1440",
            description = "Pool the outputs of each text's last N tokens (fastai 1440); earlier tokens only feed the "
                    + "state, and gradients flow through the pooled part.")
    private int maxLength;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "64",
            description = "Texts per batch (fastai 64; MultiFiT 18).")
    private int batchSize;

    @Option(names = "--wd", paramLabel = "X", defaultValue = "0.01",
            description = "Adam's decoupled weight decay (fastai 0.01). Biases and BatchNorm are not decayed.")
    private float weightDecay;

    @Option(names = "--discriminative-factor", paramLabel = "X", defaultValue = "2.6",
            description = "Each layer group learns this many times slower than the one above it (ULMFiT's 2.6, which "
                    + "protects what a pretrained encoder knows; 1 gives every group the same rate, which an encoder "
                    + "that has seen little text may need).")
    private float discriminativeFactor;

    @Option(names = "--batch-order", paramLabel = "ORDER", defaultValue = "shuffled",
            converter = BatchOrderConverter.class,
            description = "shuffled: every batch mixes text lengths as the data does, so the head's BatchNorm learns "
                    + "with the statistics it scores with. sortish (fastai's): batches of texts of one length, 1.7 times "
                    + "as fast on reviews and tweets, but a model trained on them that way gave short texts confident "
                    + "nonsense (\"mauvais\": 0.9996 positive).")
    private SortishBatches.Order batchOrder;

    @Option(names = "--no-gradual-unfreezing", negatable = false,
            description = "Train every layer group from the first step under one 1cycle at --lr (MultiFiT's way) "
                    + "instead of thawing one group per epoch.")
    private boolean noGradualUnfreezing;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The model's name, stored with every score it gives. Default: the -o folder's name.")
    private String name;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seeds the head's initial weights, the batch order and the dropout masks.")
    private long seed;

    @Option(names = "--checkpoint-every", paramLabel = "MINUTES", defaultValue = "10",
            description = "Minutes between checkpoints; one is also written when training stops early.")
    private double checkpointMinutes;

    @Option(names = "--resume", description = "Continue from the latest checkpoint in DIR/checkpoints, with the "
            + "options of the run that wrote it (checked against DIR/run-settings.txt).")
    private boolean resume;

    @Mixin
    private Threads threads;

    @Override
    public Integer call() throws IOException {
        checkNumbers();
        LabelScheme labels = scheme();
        List<String> classes = LabelledFiles.classes(labels != null ? labels : LabelledFiles.schemeOf(train));
        PrintWriter out = spec.commandLine().getOut();
        List<LabelledExample> trainExamples = LabelledFiles.examples(train, labels, classes);
        List<LabelledExample> devExamples = LabelledFiles.examples(dev, labels, classes);
        if (trainExamples.isEmpty() || devExamples.isEmpty()) {
            throw new IOException((trainExamples.isEmpty() ? train : dev) + ": no labelled examples");
        }
        Checkpoints checkpoints = ClassifierTraining.checkpoints(output);
        Path resumeFrom = checkpointToResume(checkpoints);
        ClassifierTraining.Options options = new ClassifierTraining.Options(epochs, learningRate, dropMult, labelSmoothing,
                bptt, maxLength, batchSize, weightDecay, 0, !noGradualUnfreezing, seed, discriminativeFactor, batchOrder);
        RunSettings settings = settings(options);
        if (resumeFrom != null) {
            settings.checkSameAs(output);
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            threads.apply();
            LanguageModelFolder.Loaded source = LanguageModelFolder.load(lm, subwords, manager);
            LanguageModel model = source.model();
            ClassifierTraining.Tokens tokens = new ClassifierTraining.Tokens(source.encoding(), source.tokenizerFile(),
                    source.kind(), source.backward());
            SentimentClassifier classifier = ClassifierTraining.fromLanguageModel(model, classes, tokens, options, manager);
            if (resumeFrom == null) {
                settings.write(output);
            }
            describe(out, classifier.config(), trainExamples.size(), devExamples.size(), options);
            Map<String, String> card = new LinkedHashMap<>();
            card.put("name", name != null ? name : output.toAbsolutePath().normalize().getFileName().toString());
            card.put("language model", lm.toAbsolutePath().normalize().toString());
            card.put("training files", String.join(", ", train.stream().map(Path::toString).toList()));
            card.put("dev files", String.join(", ", dev.stream().map(Path::toString).toList()));
            card.put("label scheme", scheme);
            List<TrainingCallback> callbacks = new ArrayList<>();
            callbacks.add(new Interruption());
            callbacks.add(new PeriodicCheckpoints(checkpoints, Duration.ofMillis(Math.round(checkpointMinutes * 60_000))));
            callbacks.add(ProgressBarListener.onStandardError());
            ClassifierTraining.Result result;
            try {
                result = ClassifierTraining.train(classifier, tokens, trainExamples, devExamples, options, output, callbacks,
                        resumeFrom, card, out::println);
            } finally {
                source.encoding().close();
            }
            LoopState end = result.end();
            if (end.stopReason() != null) {
                out.printf("%s at step %,d of %,d: checkpoint %s%n", end.stopReason(), end.step(), end.totalSteps(),
                        checkpoints.latest().map(Path::toString).orElse("(none)"));
                out.println("continue with the same command and --resume");
                return "interrupted".equals(end.stopReason()) ? INTERRUPTED : 0;
            }
            out.printf("saved: %s (epoch %d, the best on --dev; model card %s)%n", output, result.bestEpoch(),
                    output.resolve("MODEL.md"));
            if (result.dev() != null && !result.dev().perClass().isEmpty()) {
                out.print(EvaluationReport.summaryTable(List.of(result.dev())));
            }
            return 0;
        } catch (TrainingDivergedException e) {
            throw new IOException(e.getMessage() + " (--lr) into a new -o: --resume would repeat it", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private LabelScheme scheme() {
        try {
            return LabelledFiles.scheme(scheme);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkNumbers() {
        String wrong = epochs < 1 ? "--epochs must be at least 1"
                : !(learningRate > 0) ? "--lr must be positive"
                : dropMult < 0 ? "--drop-mult must be >= 0"
                : !(labelSmoothing >= 0 && labelSmoothing < 1) ? "--label-smoothing lies in [0, 1)"
                : bptt < 2 || maxLength < 1 || batchSize < 1 ? "--bptt must be at least 2, --max-len and --batch-size at least 1"
                : weightDecay < 0 ? "--wd must be >= 0"
                : !(discriminativeFactor >= 1) ? "--discriminative-factor must be at least 1"
                : !(checkpointMinutes > 0) ? "--checkpoint-every must be positive" : null;
        if (wrong != null) {
            throw new ParameterException(spec.commandLine(), wrong);
        }
    }

    private Path checkpointToResume(Checkpoints checkpoints) throws IOException {
        Optional<Path> latest = checkpoints.latest();
        if (resume) {
            return latest.orElseThrow(() -> new IOException(output.resolve("checkpoints")
                    + ": no checkpoint to resume from; run without --resume to start"));
        }
        if (latest.isPresent()) {
            throw new IOException(output + " already holds checkpoints of a run: add --resume to continue it, "
                    + "or choose another -o");
        }
        return null;
    }

    private RunSettings settings(ClassifierTraining.Options options) throws IOException {
        RunSettings settings = new RunSettings().with("--lm", lm.toAbsolutePath().normalize())
                .with("--subwords", subwords == null ? "none" : subwords.toAbsolutePath().normalize())
                .with("--scheme", scheme);
        for (Path file : train) {
            settings.with("--train " + file.toAbsolutePath().normalize(), Files.size(file) + " bytes");
        }
        for (Path file : dev) {
            settings.with("--dev " + file.toAbsolutePath().normalize(), Files.size(file) + " bytes");
        }
        return settings.with("options", options.toString());
    }

    private static void describe(PrintWriter out, ClassifierConfig config, int trainCount, int devCount,
                                 ClassifierTraining.Options options) {
        var lm = config.encoder();
        out.printf("encoder: %s, vocabulary %,d (%s), embedding %d, hidden %d, %d layers%s%n", lm.architecture(),
                lm.vocabularySize(), config.tokenizer(), lm.embeddingSize(), lm.hiddenSize(), lm.layers(),
                config.backward() ? ", backward" : "");
        out.printf("classes: %s; %,d training and %,d dev texts%n", String.join(", ", config.classes()), trainCount, devCount);
        out.printf("training: %d epochs, batch %d (%s), bptt %d, max-len %d, lr %s, drop-mult %s, label smoothing %s, %s%n",
                options.epochs(), options.batchSize(), options.batchOrder().name().toLowerCase(Locale.ROOT), options.bptt(),
                options.maxLength(), options.learningRate(), options.dropMult(), options.labelSmoothing(),
                options.gradualUnfreezing() ? "gradual unfreezing" : "all groups from the start");
    }

    /** Reads {@code shuffled} and {@code sortish}. */
    static final class BatchOrderConverter implements ITypeConverter<SortishBatches.Order> {
        @Override
        public SortishBatches.Order convert(String value) {
            for (SortishBatches.Order order : SortishBatches.Order.values()) {
                if (order.name().equalsIgnoreCase(value)) {
                    return order;
                }
            }
            throw new TypeConversionException("'" + value + "' is not shuffled or sortish");
        }
    }
}
