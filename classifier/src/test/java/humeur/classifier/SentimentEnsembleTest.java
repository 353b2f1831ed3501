package humeur.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.classifier.train.ClassifierTraining;
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

/** A forward and a backward classifier averaged; the backward one reads each text's ids reversed. */
class SentimentEnsembleTest {
    @TempDir
    Path dir;

    private Path backwardModel() throws IOException {
        Path vocabularyFile = dir.resolve("backward.vocab");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyModelFolder.SENTENCES, 100, vocabularyFile);
        Path model = dir.resolve("backward");
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 9);
            ClassifierTraining.Tokens tokens = new ClassifierTraining.Tokens(TextEncoding.words(vocabulary, true),
                    vocabularyFile, ClassifierConfig.WORDS, true);
            SentimentClassifier classifier = ClassifierTraining.fromLanguageModel(lm, List.of("negative", "positive"),
                    tokens, TinyClassifiers.options(1).withReading(8, 20), manager);
            ClassifierFiles.save(model, classifier, vocabularyFile, Map.of("name", "backward"));
        }
        return model;
    }

    @Test
    void averagesAForwardAndABackwardModel() throws IOException {
        Path forward = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path backward = backwardModel();
        List<String> texts = List.of("Ce film est génial", "C'était nul, quelle déception", "");
        try (SentimentEnsemble ensemble = SentimentEnsemble.load(List.of(forward, backward))) {
            SentimentModel f = ensemble.models().get(0);
            SentimentModel b = ensemble.models().get(1);
            assertTrue(b.config().backward());
            int[] ids = b.encoding().encode("Ce film");
            assertEquals(2, ids[ids.length - 1]); // xxbos last: the whole sequence reversed
            List<SentimentScore> scores = ensemble.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                SentimentScore one = f.score(List.of(texts.get(i))).get(0);
                SentimentScore two = b.score(List.of(texts.get(i))).get(0);
                assertEquals((one.positive() + two.positive()) / 2, scores.get(i).positive(), 1e-6f);
            }
            assertEquals("tiny-test+backward", ensemble.name());
            List<String> messages = List.of("Salut", "Trop bien");
            assertEquals((f.scoreConversation(messages).positive() + b.scoreConversation(messages).positive()) / 2,
                    ensemble.scoreConversation(messages).positive(), 1e-6f);
            // the backward model reads the conversation as one document reversed, not each message reversed in place
            int[] doc = java.util.stream.IntStream.concat(java.util.Arrays.stream(f.encoding().encode("Salut")),
                    java.util.Arrays.stream(f.encoding().encode("Trop bien"))).toArray();
            int[] reversed = TextEncoding.maybeReversed(doc.clone(), true);
            assertEquals(b.toScore(b.probabilities(List.of(reversed))[0]).positive(),
                    b.scoreConversation(messages).positive(), 1e-6f);
        }
    }
}
