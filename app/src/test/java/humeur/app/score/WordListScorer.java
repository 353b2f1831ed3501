package humeur.app.score;

import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test fixture standing in for the sentiment model, to test the plumbing around it (reading, ordering, batching,
 * storing, sessions): it counts a few positive and negative words. It is deterministic and is not a model; it
 * records the batches and conversations it is given, so tests can see how it was called.
 */
public final class WordListScorer implements SentimentScorer {
    private static final Set<String> POSITIVE = Set.of("bien", "super", "merci", "génial", "top", "cool", "bravo",
            "adore", "yesss", "😍", "🎉");
    private static final Set<String> NEGATIVE = Set.of("nul", "mal", "triste", "déteste", "horrible", "pire",
            "marre", "😢");

    private final String version;
    private final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<List<String>> conversations = Collections.synchronizedList(new ArrayList<>());

    /** A fixture whose identity includes {@code version}: two versions stand for a model change. */
    public WordListScorer(String version) {
        this.version = version;
    }

    @Override
    public String identity() {
        return "word-list-fixture " + version;
    }

    @Override
    public String name() {
        return "word list " + version;
    }

    @Override
    public List<SentimentScore> score(List<String> texts) {
        batches.add(texts.size());
        List<SentimentScore> scores = new ArrayList<>(texts.size());
        for (String text : texts) {
            scores.add(of(text));
        }
        return scores;
    }

    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        conversations.add(List.copyOf(messages));
        return of(String.join("\n", messages));
    }

    /** The score of one text: the share of positive and negative words, smoothed. */
    public static SentimentScore of(String text) {
        int positive = 0;
        int negative = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}’]+")) {
            if (POSITIVE.contains(word)) {
                positive++;
            } else if (NEGATIVE.contains(word)) {
                negative++;
            }
        }
        float total = positive + negative + 1.2f;
        return new SentimentScore((negative + 0.1f) / total, 1f / total, (positive + 0.1f) / total);
    }

    /** The sizes of the batches given to {@link #score}, in order. */
    public List<Integer> batches() {
        return List.copyOf(batches);
    }

    /** The conversations given to {@link #scoreConversation}, in order. */
    public List<List<String>> conversations() {
        return List.copyOf(conversations);
    }
}
