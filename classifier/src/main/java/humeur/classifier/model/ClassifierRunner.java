package humeur.classifier.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import humeur.lm.data.ClassifierBatch;
import humeur.lm.data.SortishBatches;

import java.util.List;

/**
 * Class probabilities for tokenised documents straight from the block, in input order: batches of similar lengths
 * (longest first), at most {@link ClassifierConfig#readLength} last tokens of each, evaluation mode, no autograd.
 * Training uses it to score the dev set after each epoch; applications use {@link humeur.classifier.SentimentModel},
 * which goes through DJL's Predictor.
 */
public final class ClassifierRunner {
    private ClassifierRunner() {
    }

    /** The probabilities (documents × classes) of {@code documents} under {@code classifier}'s current weights. */
    public static float[][] probabilities(SentimentClassifier classifier, NDManager manager, List<int[]> documents,
                                          int batchSize) {
        ClassifierConfig config = classifier.config();
        float[][] out = new float[documents.size()][];
        if (documents.isEmpty()) {
            return out;
        }
        SortishBatches batches = SortishBatches.of(documents, null,
                new SortishBatches.Options(batchSize, config.bptt(), config.readLength(), config.encoder().padId(), 0));
        ParameterStore store = new ParameterStore(manager, false);
        boolean gradMode = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try {
            for (ClassifierBatch batch : batches.inOrderOfLength()) {
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    NDArray logits = classifier.forward(store, BatchArrays.of(batch, manager), false).head();
                    float[][] rows = rows(logits.softmax(-1).toFloatArray(), batch.size(), config.classCount());
                    for (int r = 0; r < rows.length; r++) {
                        out[batch.indices()[r]] = rows[r];
                    }
                }
            }
        } finally {
            JniUtils.setGradMode(gradMode);
        }
        return out;
    }

    /** A flat row-major array cut into {@code rows} rows of {@code columns}. */
    public static float[][] rows(float[] flat, int rows, int columns) {
        float[][] out = new float[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, out[r], 0, columns);
        }
        return out;
    }
}
