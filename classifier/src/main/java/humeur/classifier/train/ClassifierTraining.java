package humeur.classifier.train;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.eval.Evaluation;
import humeur.classifier.eval.EvaluationReport;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.lm.data.SortishBatches;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.train.Checkpoints;
import humeur.lm.train.DivergenceGuard;
import humeur.lm.train.GradientClipping;
import humeur.lm.train.GroupedAdam;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainingCallback;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ULMFiT stage 3 end to end: a classifier built on a fine-tuned language model's encoder, trained on labelled texts
 * with gradual unfreezing, discriminative rates and 1cycle ({@link UnfreezingSchedule}), shuffled or sortish batches, optional
 * label smoothing, a divergence guard, and model selection on dev data ({@link BestDevEpoch}): the output folder
 * ends up holding the best-dev epoch, with its model card. Callers add their own callbacks (progress bar,
 * checkpoints, Ctrl-C) and may resume from a checkpoint.
 */
public final class ClassifierTraining {
    /** How many training documents set the BatchNorm statistics after each epoch ({@link PreciseBatchNorm}). */
    static final int PRECISE_BATCH_NORM_DOCUMENTS = 2000;

    /**
     * The hyper-parameters, fastai's ULMFiT classifier values by default ({@link #defaults()}).
     *
     * @param epochs          epochs over the training data (fastai: 1 + 1 + 1 + 2 over the unfreezing stages)
     * @param learningRate    the first stage's peak rate (fastai 2e-2); later stages use 1/2, 1/4, 1/20 of it
     * @param dropMult        scales the classifier dropouts (fastai 0.5)
     * @param labelSmoothing  ε of label smoothing (0: plain cross-entropy; MultiFiT 0.1)
     * @param bptt            encoder chunk length (fastai 72)
     * @param maxLength       tokens pooled at a document's end (fastai 1440)
     * @param batchSize       documents per batch (fastai 64; MultiFiT 18)
     * @param weightDecay     Adam's decoupled weight decay (fastai 0.01)
     * @param clip            gradient norm clipping, or 0 for none (fastai's classifier does not clip)
     * @param gradualUnfreezing thaw one group per epoch (ULMFiT) or train all from the start (MultiFiT)
     * @param seed            seeds the head's initial weights, the batch order and dropout masks
     * @param discriminativeFactor the ratio between the learning rates of neighbouring layer groups (ULMFiT 2.6)
     * @param batchOrder      how an epoch groups texts into batches: shuffled, so that the head's BatchNorm trains on
     *                        the statistics inference uses, or fastai's sortish (see {@link SortishBatches.Order})
     */
    public record Options(int epochs, double learningRate, float dropMult, float labelSmoothing, int bptt, int maxLength,
                          int batchSize, float weightDecay, float clip, boolean gradualUnfreezing, long seed,
                          float discriminativeFactor, SortishBatches.Order batchOrder) {
        public Options {
            if (epochs < 1 || !(learningRate > 0) || dropMult < 0 || bptt < 2 || maxLength < 1 || batchSize < 1
                    || weightDecay < 0 || clip < 0 || !(discriminativeFactor >= 1) || batchOrder == null) {
                throw new IllegalArgumentException("invalid classifier training options: " + this);
            }
        }

        /**
         * fastai's ULMFiT classifier recipe, but with shuffled batches: with fastai's sortish ones, texts of a few words
         * trained only beside each other, and at inference the head normalised them with statistics no training batch
         * had (the default model's forward classifier scored "mauvais" 0.9996 positive).
         */
        public static Options defaults() {
            return new Options(5, 2e-2, 0.5f, 0, 72, 1440, 64, 0.01f, 0, true, 42, GroupedAdam.DISCRIMINATIVE_FACTOR,
                    SortishBatches.Order.SHUFFLED);
        }

        public Options withEpochs(int n) {
            return new Options(n, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withLearningRate(double lr) {
            return new Options(epochs, lr, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withDropMult(float d) {
            return new Options(epochs, learningRate, d, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withLabelSmoothing(float e) {
            return new Options(epochs, learningRate, dropMult, e, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withReading(int newBptt, int newMaxLength) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, newBptt, newMaxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withBatchSize(int b) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, b, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }

        public Options withGradualUnfreezing(boolean g) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, g, seed, discriminativeFactor, batchOrder);
        }

        public Options withSeed(long s) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, s, discriminativeFactor, batchOrder);
        }

        public Options withDiscriminativeFactor(float f) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, f, batchOrder);
        }

        public Options withBatchOrder(SortishBatches.Order o) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, clip, gradualUnfreezing, seed, discriminativeFactor, o);
        }

        public Options withClip(float c) {
            return new Options(epochs, learningRate, dropMult, labelSmoothing, bptt, maxLength, batchSize, weightDecay, c, gradualUnfreezing, seed, discriminativeFactor, batchOrder);
        }
    }

    /** What the tokens mean: the encoding, the file to save beside the model (vocabulary or .model), its kind. */
    public record Tokens(TextEncoding encoding, Path file, String kind, boolean backward) {
    }

    /** How a run ended: the state of the loop, the best dev epoch (1-based, 0 if none finished) and its evaluation. */
    public record Result(LoopState end, int bestEpoch, Evaluation dev, Duration time) {
    }

    private ClassifierTraining() {
    }

    /**
     * A classifier over {@code lm}'s encoder (its weights copied, its dropouts the classifier's times drop_mult) with a
     * fresh head for {@code classes}, initialised in {@code manager}.
     */
    public static SentimentClassifier fromLanguageModel(LanguageModel lm, List<String> classes, Tokens tokens,
                                                        Options options, NDManager manager) throws IOException {
        LmConfig encoder = lm.config().withDropouts(Dropouts.classifier()).withDropMult(options.dropMult());
        ClassifierConfig config = new ClassifierConfig(encoder, classes, options.bptt(), options.maxLength(), 50,
                tokens.kind(), tokens.backward());
        Engine.getInstance().setRandomSeed((int) options.seed());
        SentimentClassifier classifier = SentimentClassifier.create(config, manager);
        byte[] weights = ClassifierFiles.weights(lm.encoder());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            classifier.encoder().loadParameters(manager, in);
        } catch (MalformedModelException e) {
            throw new IllegalStateException("an encoder's weights did not load into an encoder of the same shape", e);
        }
        // DJL's loading drops the gradient flag initialize() set (see LanguageModel.loadTrainable)
        classifier.getParameters().values().stream().filter(Parameter::requiresGradient)
                .forEach(p -> p.getArray().setRequiresGradient(true));
        return classifier;
    }

    /**
     * Trains {@code classifier} on {@code train}, selecting the epoch by accuracy on {@code dev}, and keeps the best in
     * {@code output} (model files and MODEL.md); checkpoints go to {@code output/checkpoints}. With {@code resumeFrom}
     * (a checkpoint folder) the run continues where it stopped. {@code describe} names the data for the model card.
     */
    public static Result train(SentimentClassifier classifier, Tokens tokens, List<LabelledExample> train,
                               List<LabelledExample> dev, Options options, Path output, List<TrainingCallback> extraCallbacks,
                               Path resumeFrom, Map<String, String> describe, Consumer<String> log) throws IOException {
        Instant began = Instant.now();
        List<int[]> trainDocs = encode(tokens.encoding(), train);
        List<int[]> devDocs = encode(tokens.encoding(), dev);
        int[] trainLabels = train.stream().mapToInt(LabelledExample::label).toArray();
        int[] devLabels = dev.stream().mapToInt(LabelledExample::label).toArray();
        checkLabels(trainLabels, classifier.config().classCount(), "training");
        checkLabels(devLabels, classifier.config().classCount(), "dev");
        // the whole document is read (BPT3C); only the last maxLength tokens are pooled, inside the model
        SortishBatches batches = SortishBatches.of(trainDocs, trainLabels, new SortishBatches.Options(options.batchSize(),
                options.bptt(), Integer.MAX_VALUE, classifier.config().encoder().padId(), options.seed(), options.batchOrder()));
        long stepsPerEpoch = batches.epoch(0).size();
        TrainableClassifier trainable = new TrainableClassifier(classifier);
        GroupedAdam adam = GroupedAdam.builder().weightDecay(options.weightDecay())
                .discriminativeFactor(options.discriminativeFactor()).build(trainable.layerGroups());

        Evaluation previous = null;
        int previousEpoch = 0;
        if (resumeFrom != null) {
            Map<String, String> saved = savedMetadata(output);
            if (saved.containsKey("devAccuracy")) {
                previousEpoch = Integer.parseInt(saved.getOrDefault("selectedEpoch", "0"));
                previous = new Evaluation("dev", classifier.config().classes(), devDocs.size(),
                        Double.parseDouble(saved.get("devAccuracy")), 0, List.of(), new int[0][0], 0,
                        Double.parseDouble(saved.getOrDefault("devLoss", "Infinity")));
            }
        }
        Map<String, String> card = new LinkedHashMap<>(describe);
        card.put("training examples", String.format(Locale.ROOT, "%,d (%,d tokens)", train.size(), tokens(trainDocs)));
        card.put("dev examples", String.format(Locale.ROOT, "%,d (%,d tokens)", dev.size(), tokens(devDocs)));
        BestDevEpoch.Saver saver = (epoch, evaluation) -> {
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("name", describe.getOrDefault("name", "humeur-sentiment"));
            metadata.put("selectedEpoch", Integer.toString(epoch));
            metadata.put("devAccuracy", Double.toString(evaluation.accuracy()));
            metadata.put("devLoss", Double.toString(evaluation.loss()));
            metadata.put("trainedAt", Instant.now().toString());
            ClassifierFiles.save(output, classifier, tokens.file(), metadata);
            Files.writeString(output.resolve(ClassifierFiles.CARD), ModelCard.write(classifier, options, card, epoch,
                    Duration.between(began, Instant.now()), List.of(evaluation)), StandardCharsets.UTF_8);
        };
        BestDevEpoch selection = new BestDevEpoch(classifier, "dev", devDocs, devLabels, options.batchSize(), saver, log,
                previous, previousEpoch);
        List<TrainingCallback> callbacks = new ArrayList<>();
        callbacks.add(new UnfreezingSchedule(options.learningRate(), stepsPerEpoch, options.epochs(), options.gradualUnfreezing()));
        if (options.clip() > 0) {
            callbacks.add(new GradientClipping(options.clip()));
        }
        callbacks.add(new DivergenceGuard());
        // before the dev set is scored: BatchNorm statistics of the epoch's final weights, not running averages
        callbacks.add(new PreciseBatchNorm(classifier, sample(trainDocs, PRECISE_BATCH_NORM_DOCUMENTS, options.seed()),
                options.batchSize()));
        callbacks.add(selection);
        callbacks.addAll(extraCallbacks);
        ClassifierLoss loss = new ClassifierLoss(options.labelSmoothing());
        try (ClassifierTrainer trainer = resumeFrom == null
                ? ClassifierTrainer.start(trainable, adam, loss, options.seed(), callbacks)
                : ClassifierTrainer.resume(trainable, adam, loss, options.seed(), callbacks, resumeFrom)) {
            LoopState end = trainer.fit(batches, options.epochs());
            return new Result(end, selection.bestEpoch(), selection.best(), Duration.between(began, Instant.now()));
        }
    }

    /** Where {@link #train} keeps checkpoints for {@code output}. */
    public static Checkpoints checkpoints(Path output) {
        return new Checkpoints(output.resolve("checkpoints"), 2);
    }

    private static Map<String, String> savedMetadata(Path output) throws IOException {
        Path config = output.resolve(ClassifierFiles.CONFIG);
        Map<String, String> metadata = new LinkedHashMap<>();
        Path encoderConfig = output.resolve(ClassifierFiles.ENCODER_CONFIG);
        if (Files.isRegularFile(config) && Files.isRegularFile(encoderConfig)) {
            ClassifierConfig.fromJson(Files.readString(config), LmConfig.fromJson(Files.readString(encoderConfig)), metadata);
        }
        return metadata;
    }

    // a seeded sample, so that a resumed run recalibrates on the same documents
    private static List<int[]> sample(List<int[]> documents, int max, long seed) {
        if (documents.size() <= max) {
            return documents;
        }
        List<int[]> shuffled = new ArrayList<>(documents);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        return shuffled.subList(0, max);
    }

    private static List<int[]> encode(TextEncoding encoding, List<LabelledExample> examples) {
        return examples.parallelStream().map(e -> encoding.encode(e.text())).toList();
    }

    private static long tokens(List<int[]> documents) {
        return documents.stream().mapToLong(d -> d.length).sum();
    }

    private static void checkLabels(int[] labels, int classes, String what) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("no " + what + " examples");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException(what + " label " + label + " is outside the " + classes + " classes");
            }
        }
    }

    /** The summary table of {@code evaluations}, for logs. */
    public static String table(List<Evaluation> evaluations) {
        return EvaluationReport.summaryTable(evaluations);
    }
}
