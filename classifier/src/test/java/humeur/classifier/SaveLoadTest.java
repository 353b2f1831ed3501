package humeur.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import humeur.classifier.model.ClassifierRunner;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SaveLoadTest {
    @TempDir
    Path dir;

    @Test
    void aLoadedModelScoresExactlyAsTheTrainedOne() throws IOException {
        List<LabelledExample> all = SentimentData.read(SentimentData.ALLOCINE_TRAIN);
        List<LabelledExample> train = all.subList(0, 300);
        List<LabelledExample> dev = all.subList(300, 360);
        Path vocabularyFile = dir.resolve("vocabulary");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyClassifiers.texts(train), 2000, vocabularyFile);
        Path output = dir.resolve("model");
        float[][] before;
        List<String> texts = TinyClassifiers.texts(dev);
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 1);
            ClassifierTraining.Options options = TinyClassifiers.options(1);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    List.of("negative", "positive"), options, manager);
            ClassifierTraining.train(classifier, TinyClassifiers.tokens(vocabulary, vocabularyFile), train, dev,
                    options, output, List.of(), null, Map.of("name", "tiny"), s -> { });
            TextEncoding encoding = TextEncoding.words(vocabulary, false);
            List<int[]> documents = texts.stream().map(encoding::encode).toList();
            float[][] asSaved = ClassifierRunner.probabilities(ClassifierFiles.asSaved(classifier, manager), manager, documents, 16);
            // the folder keeps the encoder in half precision (HalfPrecisionWeights): what must come back is the trained
            // model with its encoder rounded so
            for (Parameter p : classifier.encoder().getParameters().values()) {
                NDArray weights = p.getArray();
                weights.setRequiresGradient(false);
                weights.set(weights.toType(DataType.FLOAT16, true).toType(DataType.FLOAT32, false).toFloatArray());
            }
            before = ClassifierRunner.probabilities(classifier, manager, documents, 16);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(before[i], asSaved[i], 1e-6f, "ClassifierFiles.asSaved, text " + i);
            }
        }
        try (SentimentModel model = SentimentModel.load(output)) {
            List<SentimentScore> scores = model.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertArrayEquals(before[i], new float[] {scores.get(i).negative(), scores.get(i).positive()}, 1e-5f, "text " + i);
            }
            assertEquals("tiny", model.name());
        }
    }
}
