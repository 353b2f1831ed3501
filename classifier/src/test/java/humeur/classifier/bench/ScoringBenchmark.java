package humeur.classifier.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.SentimentModel;
import humeur.classifier.SentimentScore;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.model.LmConfig;
import humeur.lm.model.Dropouts;
import humeur.lm.text.SpecialTokens;
import humeur.lm.text.Vocabulary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scoring speed of the default small model (AWD-LSTM emb 128 / hidden 256 / 3 layers, 10k-word vocabulary; weights
 * random, which does not change the cost) on short chat messages: messages per second in batches, and the latency of
 * one message. Not a test: {@code mvn -q -o -pl classifier -am test-compile} then run this class's main with the test
 * class path, e.g. through exec or an IDE. Arguments: threads (default 2), messages (default 20000).
 */
public final class ScoringBenchmark {
    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("scoring-benchmark");
        List<String> tokens = new ArrayList<>(SpecialTokens.ALL);
        for (int i = tokens.size(); i < 10_000; i++) {
            tokens.add("mot" + i);
        }
        Vocabulary vocabulary = Vocabulary.of(tokens);
        Path vocabularyFile = dir.resolve("vocab");
        vocabulary.save(vocabularyFile);
        try (NDManager manager = NDManager.newBaseManager()) {
            LmConfig lm = LmConfig.awdLstmSmall(vocabulary.size()).withDropouts(Dropouts.classifier()).withDropMult(0.5f);
            SentimentClassifier classifier = SentimentClassifier.create(ClassifierConfig.of(lm,
                    List.of("negative", "neutral", "positive")), manager);
            ClassifierFiles.save(dir.resolve("model"), classifier, vocabularyFile, Map.of("name", "benchmark"));
        }
        String[] words = {"salut", "ça", "va", "?", "trop", "bien", "hier", "soir", "merci", "😂", "j'ai", "adoré",
            "c'est", "nul", "on", "se", "voit", "demain", "bisous", "!"};
        SplittableRandom random = new SplittableRandom(1);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder m = new StringBuilder();
            for (int w = 2 + random.nextInt(12); w > 0; w--) {
                m.append(words[random.nextInt(words.length)]).append(' ');
            }
            messages.add(m.toString().strip());
        }
        try (SentimentModel model = SentimentModel.load(dir.resolve("model"))) {
            JniUtils.setNumThreads(threads);
            model.score(messages.subList(0, 2000)); // warm-up
            long start = System.nanoTime();
            List<SentimentScore> scores = model.score(messages);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%,d messages in %.2f s: %,.0f messages/s (%d threads)%n", scores.size(), seconds,
                    scores.size() / seconds, threads);
            long tokenStart = System.nanoTime();
            messages.forEach(model.encoding()::encode);
            System.out.printf("  of which tokenising: %.2f s%n", (System.nanoTime() - tokenStart) / 1e9);
            int n = 200;
            long one = System.nanoTime();
            for (int i = 0; i < n; i++) {
                model.score(List.of(messages.get(i)));
            }
            System.out.printf("one message: %.2f ms%n", (System.nanoTime() - one) / 1e6 / n);
        }
    }
}
