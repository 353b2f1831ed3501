package humeur.classifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several classifiers scoring together by averaging their probabilities: ULMFiT's forward + backward ensemble (a
 * classifier on a forward language model and one on a backward one, which reads token sequences reversed; about
 * +0.5-1 point of accuracy in the paper). The models must have the same classes. Thread-safe, as its models are.
 */
public final class SentimentEnsemble implements SentimentScorer, AutoCloseable {
    private final List<SentimentModel> models;
    private final String name;
    private final String identity;

    private SentimentEnsemble(List<SentimentModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        List<String> classes = models.get(0).config().classes();
        for (SentimentModel model : models) {
            if (!model.config().classes().equals(classes)) {
                throw new IllegalArgumentException(model.name() + " has classes " + model.config().classes()
                        + ", not " + classes + ": an ensemble averages the same classes");
            }
        }
        this.models = List.copyOf(models);
        this.name = String.join("+", models.stream().map(SentimentModel::name).toList());
        this.identity = String.join("+", models.stream().map(SentimentModel::identity).toList());
    }

    /**
     * The models in {@code dirs}, averaged; a model that fails to load, or whose classes differ from the first's, is an
     * {@link IOException} (and closes those already loaded).
     */
    public static SentimentEnsemble load(List<Path> dirs) throws IOException {
        List<SentimentModel> models = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                models.add(SentimentModel.load(dir));
            }
            return new SentimentEnsemble(models);
        } catch (IllegalArgumentException e) {
            models.forEach(SentimentModel::close);
            throw new IOException(dirs + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            models.forEach(SentimentModel::close);
            throw e;
        }
    }

    /** An ensemble of loaded models, which it closes when closed. */
    public static SentimentEnsemble of(List<SentimentModel> models) {
        return new SentimentEnsemble(models);
    }

    /** The models, in order. */
    public List<SentimentModel> models() {
        return models;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<SentimentScore> score(List<String> texts) {
        List<List<SentimentScore>> each = new ArrayList<>();
        for (SentimentModel model : models) {
            each.add(model.score(texts));
        }
        List<SentimentScore> averaged = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int at = i;
            averaged.add(average(each.stream().map(scores -> scores.get(at)).toList()));
        }
        return averaged;
    }

    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        return average(models.stream().map(m -> m.scoreConversation(messages)).toList());
    }

    private static SentimentScore average(List<SentimentScore> scores) {
        float negative = 0;
        float neutral = 0;
        float positive = 0;
        for (SentimentScore s : scores) {
            negative += s.negative();
            neutral += s.neutral();
            positive += s.positive();
        }
        int n = scores.size();
        return new SentimentScore(negative / n, neutral / n, positive / n);
    }

    @Override
    public void close() {
        models.forEach(SentimentModel::close);
    }
}
