package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

import java.util.List;

/**
 * The training objective of a language model: mean next-token cross-entropy of {@code predictions.get(0)}, logits
 * shaped (batch, seq, vocab), against {@code labels.get(0)}, target ids (batch, seq), plus any regularising terms.
 */
public final class LanguageModelLoss extends Loss {
    private final List<LossTerm> terms;

    /** Cross-entropy plus {@code terms} (for an AWD-LSTM: {@link ActivationRegularization#ulmfit()}). */
    public LanguageModelLoss(List<LossTerm> terms) {
        super("LanguageModelLoss");
        this.terms = List.copyOf(terms);
    }

    /** Cross-entropy alone. */
    public static LanguageModelLoss crossEntropyOnly() {
        return new LanguageModelLoss(List.of());
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray loss = crossEntropy(predictions.get(0), labels.get(0)).mean();
        for (LossTerm term : terms) {
            loss = loss.add(term.evaluate(predictions));
        }
        return loss;
    }

    /** The cross-entropy in nats of each target under the logits, shaped (batch, seq). */
    public static NDArray crossEntropy(NDArray logits, NDArray targets) {
        NDArray index = targets.toType(DataType.INT64, false).expandDims(-1);
        return logits.logSoftmax(-1).gather(index, -1).squeeze(-1).neg();
    }
}
