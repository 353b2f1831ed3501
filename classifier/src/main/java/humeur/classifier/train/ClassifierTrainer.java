package humeur.classifier.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import humeur.classifier.model.BatchArrays;
import humeur.lm.data.ClassifierBatch;
import humeur.lm.data.SortishBatches;
import humeur.lm.data.StreamPosition;
import humeur.lm.train.Checkpoints;
import humeur.lm.train.GroupedAdam;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainingCallback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Trains a classifier on {@link SortishBatches} with DJL's {@link Trainer}, as {@code LanguageModelTrainer} trains a
 * language model, and through the same {@link TrainingCallback}s (schedules, unfreezing, clipping, divergence guard,
 * checkpoints, Ctrl-C, progress): forward, loss, backward, then the optimiser step. A checkpoint's data position is
 * (epoch, batches done in it): an epoch's sortish order depends only on the seed and the epoch, so a resumed run
 * continues on the batches an uninterrupted one would have seen, with the dropout masks it would have drawn.
 */
public final class ClassifierTrainer implements AutoCloseable {
    private final TrainableClassifier model;
    private final GroupedAdam optimizer;
    private final Model djlModel;
    private final Trainer trainer;
    private final long seed;
    private final List<TrainingCallback> callbacks;
    private long startStep;
    private StreamPosition startPosition = StreamPosition.startOf(0);

    private ClassifierTrainer(TrainableClassifier model, GroupedAdam optimizer, ClassifierLoss loss, long seed,
                              List<TrainingCallback> callbacks, Path checkpoint) throws IOException {
        this.model = model;
        this.optimizer = optimizer;
        this.seed = seed;
        this.callbacks = List.copyOf(callbacks);
        djlModel = Model.newInstance("sentiment-classifier");
        djlModel.setBlock(model.block());
        if (checkpoint != null) {
            // into the manager the weights already live in, so that they outlive this trainer as fresh ones do
            NDManager weights = model.block().getParameters().valueAt(0).getArray().getManager();
            Checkpoints.loadWeights(checkpoint, model.block(), weights);
        }
        trainer = djlModel.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(optimizer));
        if (checkpoint != null) {
            Checkpoints.Position position = Checkpoints.loadTrainingState(checkpoint, model, optimizer, djlModel.getNDManager());
            startStep = position.step();
            startPosition = position.data();
        }
    }

    /** A trainer starting afresh; {@code model} must be initialised and {@code optimizer} group its parameters. */
    public static ClassifierTrainer start(TrainableClassifier model, GroupedAdam optimizer, ClassifierLoss loss, long seed,
                                          List<TrainingCallback> callbacks) {
        try {
            return new ClassifierTrainer(model, optimizer, loss, seed, callbacks, null);
        } catch (IOException e) {
            throw new AssertionError("no checkpoint is read when starting afresh", e);
        }
    }

    /** A trainer continuing from checkpoint folder {@code checkpoint}; the other arguments must be the interrupted run's. */
    public static ClassifierTrainer resume(TrainableClassifier model, GroupedAdam optimizer, ClassifierLoss loss, long seed,
                                           List<TrainingCallback> callbacks, Path checkpoint) throws IOException {
        return new ClassifierTrainer(model, optimizer, loss, seed, callbacks, checkpoint);
    }

    /** The number of steps {@code epochs} epochs of {@code batches} take. */
    public static long totalSteps(SortishBatches batches, int epochs) {
        return (long) batches.epoch(0).size() * epochs;
    }

    /** Trains until {@code epochs} epochs are done (counting those before a resumed checkpoint) or a callback stops it. */
    public LoopState fit(SortishBatches batches, int epochs) {
        LoopState state = new LoopState(model, trainer, optimizer, totalSteps(batches, epochs), startStep, startPosition);
        callbacks.forEach(c -> c.onTrainingBegin(state));
        while (state.epoch() < epochs && state.stopReason() == null) {
            List<ClassifierBatch> epoch = batches.epoch(state.epoch());
            int b = state.position().step();
            while (b < epoch.size() && state.stopReason() == null) {
                trainBatch(epoch.get(b), state, new StreamPosition(state.epoch(), b + 1, 0));
                b++;
            }
            if (b >= epoch.size()) {
                state.moveTo(StreamPosition.startOf(state.epoch() + 1));
                callbacks.forEach(c -> c.onEpochEnd(state));
            }
        }
        callbacks.forEach(c -> c.onTrainingEnd(state));
        startStep = state.step();
        startPosition = state.position();
        return state;
    }

    private void trainBatch(ClassifierBatch batch, LoopState state, StreamPosition next) {
        Engine.getInstance().setRandomSeed(Long.hashCode(seed * 0x9E3779B97F4A7C15L + state.step()));
        NDManager manager = trainer.getManager();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDList input = BatchArrays.of(batch, manager);
            NDArray labels = manager.create(batch.labels());
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList output = trainer.forward(input);
                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), output);
                collector.backward(loss);
                state.batchDone(loss.getFloat(), Arrays.stream(batch.lengths()).asLongStream().sum());
            }
            callbacks.forEach(c -> c.beforeStep(state));
        }
        // outside the scope, which would otherwise close the optimiser's state (djl-notes)
        trainer.step();
        state.stepDone(next);
        callbacks.forEach(c -> c.afterStep(state));
    }

    /** Closes DJL's trainer and model, and with them the weights and optimiser state. */
    @Override
    public void close() {
        trainer.close();
        djlModel.close();
    }
}
