package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.LmBatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scores the model on held-out batches at the end of every epoch: loss, perplexity, next-token accuracy and bits per
 * character. The carried state is reset before and after, since validation text does not continue the training stream.
 */
public final class Validation implements TrainingCallback {
    private final LanguageModelBatches batches;
    private final long characters;
    private final Consumer<ValidationResult> sink;
    private final List<ValidationResult> results = new ArrayList<>();

    /**
     * Validates on the first epoch of {@code batches}, whose text holds {@code characters} characters, and hands each
     * result to {@code sink}.
     */
    public Validation(LanguageModelBatches batches, long characters, Consumer<ValidationResult> sink) {
        this.batches = batches;
        this.characters = characters;
        this.sink = sink;
    }

    /** The results so far, one per epoch. */
    public List<ValidationResult> results() {
        return Collections.unmodifiableList(results);
    }

    @Override
    public void onEpochEnd(LoopState state) {
        ValidationResult result = evaluate(state.model(), state.trainer().getManager(), batches, characters);
        results.add(result);
        sink.accept(result);
    }

    /** Scores {@code model} (in inference mode: no dropout) on one epoch of {@code batches}. */
    public static ValidationResult evaluate(TrainableModel model, NDManager manager, LanguageModelBatches batches, long characters) {
        ParameterStore parameters = new ParameterStore(manager, false);
        double nats = 0;
        long tokens = 0;
        long correct = 0;
        model.resetState();
        for (LmBatch batch : batches.epoch(0)) {
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray targets = manager.create(batch.target());
                NDArray logits = model.block().forward(parameters, new NDList(manager.create(batch.input())), false).get(0);
                nats += LanguageModelLoss.crossEntropy(logits, targets).toType(DataType.FLOAT64, false).sum().getDouble();
                correct += logits.argMax(-1).toType(DataType.INT32, false).eq(targets).sum().getLong();
                tokens += (long) batch.input().length * batch.seqLength();
            }
        }
        model.resetState();
        return ValidationResult.of(nats, tokens, correct, characters);
    }
}
