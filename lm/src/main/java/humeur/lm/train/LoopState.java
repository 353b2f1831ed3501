package humeur.lm.train;

import ai.djl.training.Trainer;
import humeur.lm.data.StreamPosition;

/**
 * Where training stands, shared by the loop with its callbacks: the step count (which schedules read, so that a
 * resumed run continues them exactly), the data position, the last batch's loss and size, and a stop request.
 */
public final class LoopState {
    private final TrainableModel model;
    private final Trainer trainer;
    private final GroupedAdam optimizer;
    private final long totalSteps;
    private long step;
    private StreamPosition position;
    private float loss = Float.NaN;
    private long batchTokens;
    private long tokensSeen;
    private volatile String stopReason;

    /** A loop's state; public so that sibling loops (the classifier's) can drive the same callbacks. */
    public LoopState(TrainableModel model, Trainer trainer, GroupedAdam optimizer, long totalSteps, long step, StreamPosition position) {
        this.model = model;
        this.trainer = trainer;
        this.optimizer = optimizer;
        this.totalSteps = totalSteps;
        this.step = step;
        this.position = position;
    }

    /** The model being trained. */
    public TrainableModel model() {
        return model;
    }

    /** DJL's trainer, which holds the parameter store and the loss. */
    public Trainer trainer() {
        return trainer;
    }

    /** The optimiser, whose learning rate, momentum and frozen groups callbacks may change. */
    public GroupedAdam optimizer() {
        return optimizer;
    }

    /** The number of optimiser steps this training is planned to take, over all its epochs. */
    public long totalSteps() {
        return totalSteps;
    }

    /** The number of optimiser steps done so far, counting those before a resumed checkpoint. */
    public long step() {
        return step;
    }

    /** Where the next batch starts: the epoch, its batch count and the offset in each row. */
    public StreamPosition position() {
        return position;
    }

    /** The epoch of the next batch. */
    public int epoch() {
        return position.epoch();
    }

    /** The training loss of the last batch (cross-entropy plus regularisers). */
    public float loss() {
        return loss;
    }

    /** The number of input tokens in the last batch. */
    public long batchTokens() {
        return batchTokens;
    }

    /** The number of input tokens trained on since this run (not the checkpoint) started. */
    public long tokensSeen() {
        return tokensSeen;
    }

    /** Asks the loop to stop before the next batch; the first reason given is kept. */
    public void requestStop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
    }

    /** Why training was asked to stop, or null. */
    public String stopReason() {
        return stopReason;
    }

    /** Records a batch's loss and size (for loops). */
    public void batchDone(float batchLoss, long tokens) {
        loss = batchLoss;
        batchTokens = tokens;
        tokensSeen += tokens;
    }

    /** Counts an optimiser step and moves to {@code next} (for loops). */
    public void stepDone(StreamPosition next) {
        step++;
        position = next;
    }

    /** Moves to {@code next} without a step, at an epoch's end (for loops). */
    public void moveTo(StreamPosition next) {
        position = next;
    }
}
