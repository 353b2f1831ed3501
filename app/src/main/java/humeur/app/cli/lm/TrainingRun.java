package humeur.app.cli.lm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import humeur.app.cli.RunSettings;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.TokenFile;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.train.ActivationRegularization;
import humeur.lm.train.Checkpoints;
import humeur.lm.train.DivergenceGuard;
import humeur.lm.train.GradientClipping;
import humeur.lm.train.GroupedAdam;
import humeur.lm.train.Interruption;
import humeur.lm.train.LanguageModelLoss;
import humeur.lm.train.LanguageModelTrainer;
import humeur.lm.train.LoopState;
import humeur.lm.train.OneCycleSchedule;
import humeur.lm.train.PeriodicCheckpoints;
import humeur.lm.train.ProgressBarListener;
import humeur.lm.train.TrainableLanguageModel;
import humeur.lm.train.TrainingCallback;
import humeur.lm.train.TrainingDivergedException;
import humeur.lm.train.Validation;
import humeur.lm.train.ValidationResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One training run as {@code lm pretrain} and {@code lm finetune} do it: token files checked against the vocabulary,
 * Adam with discriminative rates under 1cycle, clipping, AR/TAR, a divergence guard, validation each epoch, periodic
 * checkpoints and Ctrl-C; at the end the model and its vocabulary saved and scored. The commands differ only in how
 * the model starts ({@link ModelFactory}) and in their defaults.
 */
final class TrainingRun {
    /** Exit status when Ctrl-C stopped training and a checkpoint was saved (128 + SIGINT, as shells report it). */
    static final int INTERRUPTED = 130;

    /** Builds the model to train, in {@code manager}, for {@code vocabulary}; its initial weights may be replaced on resume. */
    interface ModelFactory {
        LanguageModel create(VocabularyFiles vocabulary, NDManager manager) throws IOException;
    }

    private final CommandSpec spec;
    private final TrainingOptions options;
    private final ThreadsOption threads;
    private final PrintWriter out;

    /** A run for the command {@code spec}, whose output it prints to. */
    TrainingRun(CommandSpec spec, TrainingOptions options, ThreadsOption threads) {
        this.spec = spec;
        this.options = options;
        this.threads = threads;
        this.out = spec.commandLine().getOut();
    }

    /** Trains {@code epochs} epochs with 1cycle up to {@code learningRate}; returns the exit status. */
    int train(int epochs, double learningRate, ModelFactory factory) throws IOException {
        checkNumbers(epochs, learningRate);
        VocabularyFiles vocabulary = VocabularyFiles.load(options.vocab);
        TokenFile train = vocabulary.open(options.train);
        TokenFile valid = options.valid == null ? null : vocabulary.open(options.valid);
        ModelDirectory directory = new ModelDirectory(options.output);
        Checkpoints checkpoints = new Checkpoints(directory.checkpoints(), 2);
        Path resumeFrom = checkpointToResume(checkpoints, directory);

        LanguageModelBatches.Options batchOptions = LanguageModelBatches.Options.of(options.batch, options.bptt);
        LanguageModelBatches.Options validOptions = batchOptions;
        if (options.backward) {
            batchOptions = batchOptions.withBackward();
            validOptions = validOptions.withBackward();
        }
        LanguageModelBatches batches = batches(train, batchOptions.withVariableLength().withShuffledDocuments().withSeed(options.seed));
        LanguageModelBatches validBatches = valid == null ? null : batches(valid, validOptions);
        long validCharacters = valid == null ? 0 : vocabulary.characters(valid);
        long total = 0;
        for (int e = 0; e < epochs; e++) {
            total += batches.stepsInEpoch(e);
        }

        try (NDManager manager = NDManager.newBaseManager()) {
            threads.apply();
            LanguageModel model = factory.create(vocabulary, manager);
            describe(vocabulary, model.config(), train, batches, epochs, total, learningRate);
            RunSettings settings = settings(vocabulary, train, valid, model.config(), epochs, learningRate);
            if (resumeFrom != null) {
                settings.checkSameAs(directory.dir());
            } else {
                settings.write(directory.dir());
            }
            TrainableLanguageModel trainable = new TrainableLanguageModel(model);
            GroupedAdam adam = GroupedAdam.builder().weightDecay(options.weightDecay).build(trainable.layerGroups());
            List<TrainingCallback> callbacks = callbacks(model.config(), learningRate, total, validBatches, validCharacters,
                    checkpoints);
            LanguageModelLoss loss = new LanguageModelLoss(List.of(ActivationRegularization.ulmfit()));
            try (LanguageModelTrainer trainer = resumeFrom == null
                    ? LanguageModelTrainer.start(trainable, adam, loss, options.bptt, options.seed, callbacks)
                    : LanguageModelTrainer.resume(trainable, adam, loss, options.bptt, options.seed, callbacks, resumeFrom)) {
                LoopState end = trainer.fit(batches, epochs);
                if (end.stopReason() != null) {
                    return stopped(end, checkpoints);
                }
                directory.save(model, vocabulary, options.backward);
                out.printf("saved: %s (model, vocabulary; checkpoints in %s)%n", directory.dir(), directory.checkpoints());
                if (validBatches != null) {
                    ValidationResult result = Validation.evaluate(trainable, end.trainer().getManager(), validBatches, validCharacters);
                    out.printf("validation: %s%n", result);
                }
                return 0;
            }
        } catch (TrainingDivergedException e) {
            // the guard's message says what to change: name the options, and that the checkpoints would lead back here
            throw new IOException(e.getMessage() + " (--lr, --clip) into a new -o: --resume would repeat it", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // in the order they run: the schedule sets the rate before clipping and the guard see the step; the interruption
    // asks to stop before the checkpoints' end-of-training save, which then records where it stopped
    private List<TrainingCallback> callbacks(LmConfig config, double learningRate, long total,
                                             LanguageModelBatches validBatches, long validCharacters, Checkpoints checkpoints) {
        List<TrainingCallback> callbacks = new ArrayList<>(List.of(new OneCycleSchedule(learningRate, total),
                new GradientClipping(options.clip(config.architecture())), new DivergenceGuard(), firstLoss()));
        if (validBatches != null) {
            callbacks.add(epochValidation(validBatches, validCharacters));
        }
        if (options.stopAfter != null) {
            callbacks.add(stopAfter(options.stopAfter));
        }
        callbacks.add(new Interruption());
        callbacks.add(new PeriodicCheckpoints(checkpoints, Duration.ofMillis(Math.round(options.checkpointMinutes * 60_000))));
        callbacks.add(ProgressBarListener.onStandardError());
        return callbacks;
    }

    private RunSettings settings(VocabularyFiles vocabulary, TokenFile train, TokenFile valid, LmConfig config, int epochs,
                                 double learningRate) {
        return new RunSettings().with("train", train.path().toAbsolutePath().normalize() + " (" + train.size() + " tokens)")
                .with("valid", valid == null ? "none" : valid.path().toAbsolutePath().normalize() + " (" + valid.size() + " tokens)")
                .with("vocabulary sha256", vocabulary.hash()).with("--epochs", epochs).with("--lr", learningRate)
                .with("--batch", options.batch).with("--bptt", options.bptt).with("--wd", options.weightDecay)
                .with("--clip", options.clip(config.architecture())).with("--backward", options.backward)
                .with("--seed", options.seed).with("model", config.toJson());
    }

    private void checkNumbers(int epochs, double learningRate) {
        String wrong = epochs < 1 ? "--epochs must be at least 1"
                : !(learningRate > 0) ? "--lr must be positive"
                : options.batch < 1 || options.bptt < 2 ? "--batch must be at least 1 and --bptt at least 2"
                : options.weightDecay < 0 || (options.clip != null && !(options.clip > 0)) ? "--wd must be >= 0 and --clip > 0"
                : !(options.checkpointMinutes > 0) ? "--checkpoint-every must be positive"
                : options.stopAfter != null && options.stopAfter < 1 ? "--stop-after must be at least 1" : null;
        if (wrong != null) {
            throw new ParameterException(spec.commandLine(), wrong);
        }
    }

    // a file too small for the batch is the input's fault, not a bug: say which file and what to change
    static LanguageModelBatches batches(TokenFile file, LanguageModelBatches.Options batchOptions) throws IOException {
        try {
            return LanguageModelBatches.over(file, batchOptions);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + " (lower --batch or --bptt)", e);
        }
    }

    private Path checkpointToResume(Checkpoints checkpoints, ModelDirectory directory) throws IOException {
        Optional<Path> latest = checkpoints.latest();
        if (options.resume) {
            return latest.orElseThrow(() -> new IOException(directory.checkpoints()
                    + ": no checkpoint to resume from; run without --resume to start"));
        }
        if (latest.isPresent()) {
            // starting afresh beside another run's checkpoints would let a later --resume mix the two
            throw new IOException(directory.dir() + " already holds checkpoints of a run: add --resume to continue it, "
                    + "or choose another -o");
        }
        return null;
    }

    private void describe(VocabularyFiles vocabulary, LmConfig config, TokenFile train, LanguageModelBatches batches,
                          int epochs, long total, double learningRate) {
        out.printf("vocabulary: %s (%,d tokens)%n", vocabulary.file(), vocabulary.vocabulary().size());
        out.printf("model: %s, embedding %d, hidden %d, %d layers, drop_mult %s%s%n",
                config.architecture() == Architecture.QRNN ? "QRNN" : "AWD-LSTM",
                config.embeddingSize(), config.hiddenSize(), config.layers(), config.dropMult(),
                options.backward ? ", backward" : "");
        // DJL puts arrays on the first GPU when a CUDA libtorch is loaded (mvn -Pgpu), else on the CPU
        out.printf("device: %s%n", Engine.getInstance().defaultDevice());
        out.printf("training: %,d tokens, %,d steps per epoch, %d epochs (%,d steps), batch %d × bptt %d, "
                        + "1cycle to lr %s, wd %s, clip %s%n", train.size(), batches.stepsInEpoch(0), epochs, total,
                options.batch, options.bptt, learningRate, options.weightDecay, options.clip(config.architecture()));
    }

    private TrainingCallback firstLoss() {
        return new TrainingCallback() {
            @Override
            public void afterStep(LoopState state) {
                if (state.step() == 1) {
                    out.printf("first batch: loss %.4f%n", state.loss());
                }
            }
        };
    }

    private TrainingCallback epochValidation(LanguageModelBatches validBatches, long characters) {
        return new TrainingCallback() {
            @Override
            public void onEpochEnd(LoopState state) {
                ValidationResult result = Validation.evaluate(state.model(), state.trainer().getManager(), validBatches, characters);
                out.printf("epoch %d: validation %s%n", state.epoch(), result);
            }
        };
    }

    private static TrainingCallback stopAfter(long steps) {
        return new TrainingCallback() {
            @Override
            public void afterStep(LoopState state) {
                if (state.step() >= steps) {
                    state.requestStop("stopped after step " + steps + " (--stop-after)");
                }
            }
        };
    }

    private int stopped(LoopState end, Checkpoints checkpoints) throws IOException {
        String checkpoint = checkpoints.latest().map(Path::toString).orElse("(none)");
        out.printf("%s at step %,d of %,d: checkpoint %s%n", end.stopReason(), end.step(), end.totalSteps(), checkpoint);
        out.println("continue with the same command and --resume");
        return "interrupted".equals(end.stopReason()) ? INTERRUPTED : 0;
    }

}
