package humeur.classifier.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import humeur.lm.data.ClassifierBatch;

/** A {@link ClassifierBatch} as the arrays {@link SentimentClassifier} reads: tokens, lengths, starts. */
public final class BatchArrays {
    private BatchArrays() {
    }

    /** The classifier's input for {@code batch}, in {@code manager}. */
    public static NDList of(ClassifierBatch batch, NDManager manager) {
        return new NDList(manager.create(batch.tokens()), manager.create(batch.lengths()), manager.create(batch.starts()));
    }
}
