package humeur.classifier;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved classifiers keep their encoder in half precision: half the bytes, the same weights to half precision's
 * rounding, read back as single precision; folders in the older single-precision format still load.
 */
class HalfPrecisionWeightsTest {
    @TempDir
    Path dir;
    private Path half;
    private Path single;
    private byte[] singlePrecisionBytes;
    private Map<String, float[]> original;

    /** One tiny classifier saved twice: as humeur saves now, and with its encoder as earlier versions saved it. */
    @BeforeEach
    void saveOneClassifierBothWays() throws IOException {
        Path vocabularyFile = dir.resolve("tiny.vocab");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyModelFolder.SENTENCES, 100, vocabularyFile);
        half = dir.resolve("half");
        single = dir.resolve("single");
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 5);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    ClassifierConfig.SENTIMENTS, TinyClassifiers.options(1).withReading(8, 20), manager);
            ClassifierFiles.save(half, classifier, vocabularyFile, Map.of("name", "tiny"));
            ClassifierFiles.save(single, classifier, vocabularyFile, Map.of("name", "tiny"));
            singlePrecisionBytes = ClassifierFiles.weights(classifier.encoder());
            original = values(classifier);
        }
        Files.delete(single.resolve(ClassifierFiles.ENCODER_WEIGHTS));
        Files.write(single.resolve(ClassifierFiles.SINGLE_PRECISION_ENCODER_WEIGHTS), singlePrecisionBytes);
    }

    private static Map<String, float[]> values(SentimentClassifier classifier) {
        Map<String, float[]> values = new java.util.LinkedHashMap<>();
        for (Pair<String, Parameter> p : classifier.encoder().getParameters()) {
            values.put(p.getKey(), p.getValue().getArray().toFloatArray());
        }
        return values;
    }

    @Test
    void theEncoderTakesHalfTheBytes() throws IOException {
        long halfBytes = Files.size(half.resolve(ClassifierFiles.ENCODER_WEIGHTS));
        assertTrue(halfBytes < 0.55 * singlePrecisionBytes.length, halfBytes + " vs " + singlePrecisionBytes.length);
        assertFalse(Files.exists(half.resolve(ClassifierFiles.SINGLE_PRECISION_ENCODER_WEIGHTS)));
    }

    @Test
    void weightsComeBackInSinglePrecisionRoundedToHalf() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            SentimentClassifier loaded = ClassifierFiles.load(half, half.toString(), manager).classifier();
            for (Pair<String, Parameter> p : loaded.encoder().getParameters()) {
                NDArray array = p.getValue().getArray();
                assertEquals(DataType.FLOAT32, array.getDataType(), p.getKey());
                assertFalse(array.hasGradient(), p.getKey());
                float[] expected = original.get(p.getKey());
                float[] actual = array.toFloatArray();
                assertEquals(expected.length, actual.length, p.getKey());
                for (int i = 0; i < expected.length; i++) {
                    // half precision: 11 significant bits, so a relative error of at most 2^-11
                    assertEquals(expected[i], actual[i], Math.abs(expected[i]) / 2048 + 1e-7f, p.getKey() + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void bothFormatsScoreAlike() throws IOException {
        List<String> texts = TinyModelFolder.SENTENCES;
        try (SentimentModel fromHalf = SentimentModel.load(half); SentimentModel fromSingle = SentimentModel.load(single)) {
            List<SentimentScore> a = fromHalf.score(texts);
            List<SentimentScore> b = fromSingle.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(b.get(i).negative(), a.get(i).negative(), 1e-3f, texts.get(i));
                assertEquals(b.get(i).neutral(), a.get(i).neutral(), 1e-3f, texts.get(i));
                assertEquals(b.get(i).positive(), a.get(i).positive(), 1e-3f, texts.get(i));
            }
            // the identity covers the bytes read: another file is another model, for rescoring
            assertNotEquals(fromHalf.identity(), fromSingle.identity());
        }
    }

    @Test
    void anEncoderOfAnotherShapeIsNamed() throws IOException {
        Path config = half.resolve(ClassifierFiles.ENCODER_CONFIG);
        Files.writeString(config, Files.readString(config).replaceFirst("\"hiddenSize\" : \\d+", "\"hiddenSize\" : 48"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> SentimentModel.load(half).close());
        String message = e.getMessage();
        assertTrue(message.startsWith(half.resolve(ClassifierFiles.ENCODER_WEIGHTS) + ": "), message);
        assertTrue(message.contains("shape") && message.contains(ClassifierFiles.ENCODER_CONFIG), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aCutOrDamagedFileIsNamed() throws IOException {
        Path weights = half.resolve(ClassifierFiles.ENCODER_WEIGHTS);
        byte[] bytes = Files.readAllBytes(weights);
        for (byte[] damaged : List.of(java.util.Arrays.copyOf(bytes, 20), mangled(bytes, 12))) {
            Files.write(weights, damaged);
            ModelFileException e = assertThrows(ModelFileException.class, () -> SentimentModel.load(half).close());
            assertTrue(e.getMessage().startsWith(weights + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    private static byte[] mangled(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] = '#';
        return copy;
    }
}
