package humeur.lm.train;

/**
 * Something that changes or watches training at the loop's boundaries: schedules, clipping, checkpoints, guards.
 *
 * <p>Why not DJL's {@code TrainingListener}: its {@code BatchData} carries neither the batch's loss, nor the global
 * step and the planned number of steps (which schedules and resumed runs need), nor the data position a checkpoint
 * saves; and a listener cannot ask the loop to stop. The loop still uses DJL's {@code Trainer}, parameter store and
 * {@code Optimizer}; only the hooks are ours, named after fastai's callback events.
 */
public interface TrainingCallback {

    /** Before the first batch, also when resuming from a checkpoint ({@link LoopState#step()} is then non-zero). */
    default void onTrainingBegin(LoopState state) {
    }

    /** After backward, before the optimiser updates the weights: gradients can be read and changed here. */
    default void beforeStep(LoopState state) {
    }

    /** After the optimiser has updated the weights and the step count has advanced. */
    default void afterStep(LoopState state) {
    }

    /** After the last batch of an epoch, once the step that finished it is done. */
    default void onEpochEnd(LoopState state) {
    }

    /** When training ends, finished or stopped (not when it fails). */
    default void onTrainingEnd(LoopState state) {
    }
}
