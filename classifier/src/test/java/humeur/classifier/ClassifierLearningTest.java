package humeur.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.train.ClassifierTraining;
import humeur.classifier.train.LabelledExample;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classifier stage on real reviews: a tiny AWD-LSTM encoder under the head, trained on 1,600 AlloCiné reviews
 * with dev selection on 200 more, scored on 200 reviews of the test file it never saw. The encoder starts from a
 * freshly initialised language model: a few seconds of LM training did not help a model this small (measured: dev
 * accuracy fell), and the LM stages have their own tests in lm.
 */
class ClassifierLearningTest {
    @TempDir
    Path dir;

    @Test
    void aTinyClassifierBeatsChanceOnHeldOutReviews() throws IOException {
        List<LabelledExample> all = SentimentData.read(SentimentData.ALLOCINE_TRAIN);
        List<LabelledExample> heldOut = SentimentData.read(SentimentData.ALLOCINE_TEST).subList(0, 200);
        List<LabelledExample> train = all.subList(0, 1600);
        List<LabelledExample> dev = all.subList(1600, 1800);
        Path vocabularyFile = dir.resolve("vocabulary");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyClassifiers.texts(train), 4000, vocabularyFile);
        Path output = dir.resolve("model");
        long start = System.nanoTime();
        ClassifierTraining.Result result;
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 1);
            ClassifierTraining.Options options = TinyClassifiers.options(5);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    List.of("negative", "positive"), options, manager);
            result = ClassifierTraining.train(classifier, TinyClassifiers.tokens(vocabulary, vocabularyFile), train, dev,
                    options, output, List.of(), null, Map.of("name", "tiny-allocine", "training data", "allocine/train.csv 0-1600"),
                    System.out::println);
            System.out.printf("classifier trained in %.1f s, best epoch %d%n", (System.nanoTime() - start) / 1e9,
                    result.bestEpoch());
        }
        assertTrue(result.bestEpoch() >= 1);
        assertTrue(Files.isRegularFile(output.resolve(ClassifierFiles.CARD)));
        try (SentimentModel model = SentimentModel.load(output)) {
            List<SentimentScore> scores = model.score(TinyClassifiers.texts(heldOut));
            assertEquals(heldOut.size(), scores.size());
            int right = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                SentimentScore s = scores.get(i);
                assertEquals(0f, s.neutral());
                int predicted = s.positive() >= s.negative() ? 1 : 0;
                right += predicted == heldOut.get(i).label() ? 1 : 0;
            }
            double accuracy = right / (double) heldOut.size();
            System.out.printf("held-out accuracy %.3f%n", accuracy);
            assertTrue(accuracy > 0.65, "held-out accuracy " + accuracy + " is not clearly above chance");
        }
    }
}
