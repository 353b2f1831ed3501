package humeur.classifier.train;

import ai.djl.ndarray.NDManager;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.eval.Evaluation;
import humeur.classifier.model.ClassifierRunner;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainingCallback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Model selection on dev data only: after every epoch the classifier, as it would be saved, scores the dev set, and
 * when its accuracy beats the best so far (ties: lower loss) the model is handed to a {@link Saver} (which writes the
 * model folder), so that the folder always holds the best-dev epoch. The test data is never looked at.
 */
public final class BestDevEpoch implements TrainingCallback {
    /** Keeps the best model so far, e.g. by writing it into the output folder. */
    public interface Saver {
        void save(int epoch, Evaluation dev) throws IOException;
    }

    private final SentimentClassifier classifier;
    private final List<int[]> documents;
    private final int[] labels;
    private final String datasetName;
    private final int batchSize;
    private final Saver saver;
    private final Consumer<String> log;
    private Evaluation best;
    private int bestEpoch;

    /**
     * Scores {@code documents} (tokenised dev texts with their {@code labels}) after each epoch.
     *
     * @param previousBest the best dev evaluation of a resumed run, or null
     * @param previousEpoch its epoch (1-based), or 0
     */
    public BestDevEpoch(SentimentClassifier classifier, String datasetName, List<int[]> documents, int[] labels,
                        int batchSize, Saver saver, Consumer<String> log, Evaluation previousBest, int previousEpoch) {
        this.classifier = classifier;
        this.datasetName = datasetName;
        this.documents = List.copyOf(documents);
        this.labels = labels.clone();
        this.batchSize = batchSize;
        this.saver = saver;
        this.log = log;
        this.best = previousBest;
        this.bestEpoch = previousEpoch;
    }

    /** The best dev evaluation so far, or null. */
    public Evaluation best() {
        return best;
    }

    /** The epoch (1-based) of the best dev evaluation, or 0. */
    public int bestEpoch() {
        return bestEpoch;
    }

    @Override
    public void onEpochEnd(LoopState state) {
        float[][] p;
        // the saved folder's encoder is rounded to half precision: scoring it as saved makes the accuracy logged, put
        // on the card and used to choose the epoch the one `classifier eval` finds for the folder
        try (NDManager scratch = state.trainer().getManager().newSubManager()) {
            p = ClassifierRunner.probabilities(ClassifierFiles.asSaved(classifier, scratch), scratch, documents, batchSize);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the model to score the dev set: " + e.getMessage(), e);
        }
        Evaluation dev = Evaluation.of(datasetName, classifier.config().classes(), labels, p);
        int epoch = state.epoch(); // already moved to the next epoch: the one just finished, 1-based
        boolean better = best == null || dev.accuracy() > best.accuracy()
                || (dev.accuracy() == best.accuracy() && dev.loss() < best.loss());
        log.accept(String.format(java.util.Locale.ROOT, "epoch %d: dev accuracy %.2f %%, macro-F1 %.4f, loss %.4f%s", epoch,
                100 * dev.accuracy(), dev.macroF1(), dev.loss(), better ? " (best so far: saved)" : ""));
        if (better) {
            best = dev;
            bestEpoch = epoch;
            try {
                saver.save(epoch, dev);
            } catch (IOException e) {
                throw new UncheckedIOException("could not save the best model: " + e.getMessage(), e);
            }
        }
    }
}
