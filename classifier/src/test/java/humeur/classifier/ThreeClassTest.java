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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three-class tweets (DEFT 2017) train the same model class as binary reviews; neutral gets its own probability. */
class ThreeClassTest {
    @TempDir
    Path dir;

    @Test
    void tweetsTrainAThreeClassModel() throws IOException {
        List<LabelledExample> train = SentimentData.read(SentimentData.DEFT_TRAIN).subList(0, 600);
        List<LabelledExample> dev = SentimentData.read(SentimentData.DEFT_VAL);
        assertEquals(3, train.stream().mapToInt(LabelledExample::label).distinct().count());
        Path vocabularyFile = dir.resolve("vocabulary");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyClassifiers.texts(train), 2000, vocabularyFile);
        Path output = dir.resolve("model");
        ClassifierTraining.Result result;
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.QRNN, vocabulary, manager, 2);
            ClassifierTraining.Options options = TinyClassifiers.options(2);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    List.of("negative", "neutral", "positive"), options, manager);
            result = ClassifierTraining.train(classifier, TinyClassifiers.tokens(vocabulary, vocabularyFile), train, dev,
                    options, output, List.of(), null, Map.of("name", "tweets"), s -> { });
        }
        assertEquals(3, result.dev().perClass().size());
        assertEquals(dev.size(), result.dev().examples());
        try (SentimentModel model = SentimentModel.load(output)) {
            List<SentimentScore> scores = model.score(TinyClassifiers.texts(dev.subList(0, 20)));
            for (SentimentScore s : scores) {
                assertTrue(s.neutral() > 0);
                assertEquals(1f, s.negative() + s.neutral() + s.positive(), 1e-4f);
            }
        }
    }
}
