package humeur.classifier.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.train.TrainableModel;

import java.util.List;

/** A {@link SentimentClassifier} as the training loop sees it; it carries no state between batches (each is documents). */
public final class TrainableClassifier implements TrainableModel {
    private final SentimentClassifier classifier;

    /** Trains {@code classifier}, which must be initialised. */
    public TrainableClassifier(SentimentClassifier classifier) {
        this.classifier = classifier;
    }

    /** The classifier. */
    public SentimentClassifier classifier() {
        return classifier;
    }

    @Override
    public Block block() {
        return classifier;
    }

    @Override
    public List<List<Parameter>> layerGroups() {
        return classifier.layerGroups();
    }

    @Override
    public void resetState() {
        // documents start from a zero state inside the block
    }
}
