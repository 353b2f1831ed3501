package humeur.lm.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.LmBatch;
import humeur.lm.data.StreamPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Trains a language model on {@link LanguageModelBatches} with DJL's {@link Trainer}: forward, loss, backward and an
 * optimiser step per batch, the carried state reset at each epoch start. Everything else (schedules, clipping,
 * validation, checkpoints, interruption) is a {@link TrainingCallback}.
 *
 * <p>Two things the loop does itself because exact resumption depends on them: before each batch it seeds the
 * engine's random generator from the run's seed and the step count, so dropout masks depend only on the step and a
 * resumed run draws the ones an uninterrupted run would; and it scales the learning rate by seqLength / bptt, as
 * AWD-LSTM does, so that a short window (variable lengths, or an epoch's last) moves the weights proportionally less.
 */
public final class LanguageModelTrainer implements AutoCloseable {
    private final TrainableModel model;
    private final GroupedAdam optimizer;
    private final Model djlModel;
    private final Trainer trainer;
    private final int bptt;
    private final long seed;
    private final List<TrainingCallback> callbacks;
    private long startStep;
    private StreamPosition startPosition = StreamPosition.startOf(0);

    private LanguageModelTrainer(TrainableModel model, GroupedAdam optimizer, LanguageModelLoss loss, int bptt, long seed,
                                 List<TrainingCallback> callbacks, Path checkpoint) throws IOException {
        this.model = model;
        this.optimizer = optimizer;
        this.bptt = bptt;
        this.seed = seed;
        this.callbacks = List.copyOf(callbacks);
        djlModel = Model.newInstance("language-model");
        djlModel.setBlock(model.block());
        if (checkpoint != null) {
            // before the trainer's parameter store first reads the weights
            Checkpoints.loadWeights(checkpoint, model.block(), djlModel.getNDManager());
        }
        trainer = djlModel.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(optimizer));
        if (checkpoint != null) {
            Checkpoints.Position position = Checkpoints.loadTrainingState(checkpoint, model, optimizer, djlModel.getNDManager());
            startStep = position.step();
            startPosition = position.data();
        }
    }

    /**
     * A trainer starting afresh. {@code model}'s block must be initialised; {@code optimizer} must group its
     * parameters; {@code bptt} is the batches' nominal window; {@code seed} drives the per-step random draws.
     */
    public static LanguageModelTrainer start(TrainableModel model, GroupedAdam optimizer, LanguageModelLoss loss, int bptt,
                                             long seed, List<TrainingCallback> callbacks) {
        try {
            return new LanguageModelTrainer(model, optimizer, loss, bptt, seed, callbacks, null);
        } catch (IOException e) {
            throw new AssertionError("no checkpoint is read when starting afresh", e);
        }
    }

    /**
     * A trainer continuing from checkpoint folder {@code checkpoint}: weights, optimiser moments, step count and data
     * position as they were saved. The other arguments must be those of the interrupted run.
     */
    public static LanguageModelTrainer resume(TrainableModel model, GroupedAdam optimizer, LanguageModelLoss loss, int bptt,
                                              long seed, List<TrainingCallback> callbacks, Path checkpoint) throws IOException {
        return new LanguageModelTrainer(model, optimizer, loss, bptt, seed, callbacks, checkpoint);
    }

    /**
     * Trains until {@code epochs} epochs of {@code batches} are done (counting those before a resumed checkpoint) or
     * a callback asks to stop; returns the final state.
     */
    public LoopState fit(LanguageModelBatches batches, int epochs) {
        long total = 0;
        for (int e = 0; e < epochs; e++) {
            total += batches.stepsInEpoch(e);
        }
        LoopState state = new LoopState(model, trainer, optimizer, total, startStep, startPosition);
        callbacks.forEach(c -> c.onTrainingBegin(state));
        while (state.epoch() < epochs && state.stopReason() == null) {
            Iterator<LmBatch> epoch = batches.from(state.position());
            while (epoch.hasNext() && state.stopReason() == null) {
                trainBatch(epoch.next(), state);
            }
            if (!epoch.hasNext()) {
                state.moveTo(StreamPosition.startOf(state.epoch() + 1));
                callbacks.forEach(c -> c.onEpochEnd(state));
            }
        }
        callbacks.forEach(c -> c.onTrainingEnd(state));
        startStep = state.step();
        startPosition = state.position();
        return state;
    }

    private void trainBatch(LmBatch batch, LoopState state) {
        if (batch.startsEpoch()) {
            model.resetState();
        }
        Engine.getInstance().setRandomSeed(Long.hashCode(seed * 0x9E3779B97F4A7C15L + state.step()));
        NDManager manager = trainer.getManager();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray input = manager.create(batch.input());
            NDArray target = manager.create(batch.target());
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList output = trainer.forward(new NDList(input));
                NDArray loss = trainer.getLoss().evaluate(new NDList(target), output);
                collector.backward(loss);
                state.batchDone(loss.getFloat(), (long) batch.input().length * batch.seqLength());
            }
            optimizer.setLearningRateScale(batch.seqLength() / (float) bptt);
            callbacks.forEach(c -> c.beforeStep(state));
        }
        // outside the scope, which would otherwise close the optimiser's state (djl-notes)
        trainer.step();
        state.stepDone(batch.next());
        callbacks.forEach(c -> c.afterStep(state));
    }

    /** Closes DJL's trainer and model, and with them the weights and optimiser state. */
    @Override
    public void close() {
        trainer.close();
        djlModel.close();
    }
}
