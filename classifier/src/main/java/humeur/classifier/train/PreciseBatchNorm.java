package humeur.classifier.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.data.ClassifierBatch;
import humeur.lm.data.SortishBatches;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainingCallback;

import java.util.ArrayList;
import java.util.List;

/**
 * At the end of every epoch, before the dev set is scored, sets the head's BatchNorm statistics from the pooled
 * features of up to {@code maxDocuments} training documents read in evaluation mode ({@code PoolingHead.recalibrate}).
 */
public final class PreciseBatchNorm implements TrainingCallback {
    private final SentimentClassifier classifier;
    private final List<int[]> documents;
    private final int batchSize;

    /** Recalibrates on {@code documents} (a sample of the tokenised training texts). */
    public PreciseBatchNorm(SentimentClassifier classifier, List<int[]> documents, int batchSize) {
        this.classifier = classifier;
        this.documents = List.copyOf(documents);
        this.batchSize = batchSize;
    }

    @Override
    public void onEpochEnd(LoopState state) {
        recalibrate(classifier, state.trainer().getManager(), documents, batchSize);
    }

    /** Sets {@code classifier}'s BatchNorm statistics from {@code documents}. */
    public static void recalibrate(SentimentClassifier classifier, NDManager manager, List<int[]> documents, int batchSize) {
        if (documents.size() < 2) {
            return;
        }
        var config = classifier.config();
        SortishBatches batches = SortishBatches.of(documents, null,
                new SortishBatches.Options(batchSize, config.bptt(), Integer.MAX_VALUE, config.encoder().padId(), 0));
        ParameterStore store = new ParameterStore(manager, false);
        boolean gradMode = JniUtils.isGradMode();
        JniUtils.setGradMode(false);
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            List<NDArray> pooled = new ArrayList<>();
            for (ClassifierBatch batch : batches.inOrderOfLength()) {
                pooled.add(classifier.pooledFeatures(store, manager.create(batch.tokens()), batch.lengths(), batch.starts(), false));
            }
            classifier.head().recalibrate(store, NDArrays.concat(new NDList(pooled), 0));
        } finally {
            JniUtils.setGradMode(gradMode);
        }
    }
}
