package humeur.classifier;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.classifier.train.ClassifierTraining;
import humeur.classifier.train.LabelledExample;
import humeur.lm.model.Architecture;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small real models for the tests: a word vocabulary built from the texts, a tiny AWD-LSTM or QRNN language model, and
 * a classifier on its encoder.
 */
public final class TinyClassifiers {
    public static final int EMBEDDING = 32;
    public static final int HIDDEN = 64;

    private TinyClassifiers() {
    }

    /** A vocabulary of the texts' tokens seen at least twice, at most {@code max} of them, saved in {@code file}. */
    public static Vocabulary vocabulary(List<String> texts, int max, Path file) throws IOException {
        TokenCounts counts = new TokenCounts();
        for (String text : texts) {
            counts.addAll(FrenchTokenizer.tokenize(text));
        }
        Vocabulary vocabulary = Vocabulary.build(counts, max, 2);
        vocabulary.save(file);
        return vocabulary;
    }

    /** A tiny language model for {@code vocabulary}, untrained. */
    public static LanguageModel languageModel(Architecture architecture, Vocabulary vocabulary, NDManager manager, int seed) {
        // a model this small gains nothing from intra-op threads and the test machine is shared (see lm's TinyModel)
        JniUtils.setNumThreads(1);
        LmConfig config = new LmConfig(architecture, vocabulary.size(), EMBEDDING, HIDDEN, 2, Dropouts.awdLstmLanguageModel(),
                0.3f, Vocabulary.PAD_ID, true);
        Engine.getInstance().setRandomSeed(seed);
        LanguageModel lm = new LanguageModel(config);
        lm.initialize(manager, DataType.FLOAT32, new Shape(16, 32));
        return lm;
    }

    /**
     * The options the tests train with: short reading, fastai's drop_mult 0.5, and, since the tiny encoder knows
     * nothing yet, every group from the start at one rate (discriminative rates and gradual unfreezing protect what a
     * pretrained encoder knows; measured here, they kept an untrained one at chance).
     */
    public static ClassifierTraining.Options options(int epochs) {
        return ClassifierTraining.Options.defaults().withEpochs(epochs).withBatchSize(32).withReading(32, 160)
                .withLearningRate(3e-3).withDropMult(0.5f).withGradualUnfreezing(false).withDiscriminativeFactor(1)
                .withSeed(7);
    }

    /** A classifier over {@code lm} for {@code classes}. */
    public static SentimentClassifier classifier(LanguageModel lm, Vocabulary vocabulary, Path vocabularyFile,
                                                 List<String> classes, ClassifierTraining.Options options, NDManager manager)
            throws IOException {
        return ClassifierTraining.fromLanguageModel(lm, classes, tokens(vocabulary, vocabularyFile), options, manager);
    }

    /** Word tokens from {@code vocabulary}, saved in {@code file}. */
    public static ClassifierTraining.Tokens tokens(Vocabulary vocabulary, Path file) {
        return new ClassifierTraining.Tokens(TextEncoding.words(vocabulary, false), file, ClassifierConfig.WORDS, false);
    }

    /** Texts of examples. */
    public static List<String> texts(List<LabelledExample> examples) {
        return examples.stream().map(LabelledExample::text).toList();
    }
}
