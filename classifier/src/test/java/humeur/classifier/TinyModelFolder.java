package humeur.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.train.ClassifierTraining;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A saved classifier folder made in a blink, for tests of loading and scoring (not of learning): a vocabulary of a few
 * French sentences, a tiny encoder and a head, seeded weights, saved as training saves.
 */
public final class TinyModelFolder {
    public static final List<String> SENTENCES = List.of(
            "Ce film est vraiment génial, j'ai adoré les acteurs !",
            "Quelle déception, c'était nul et beaucoup trop long.",
            "Bon, c'est pas mal, sans plus. On verra la suite.",
            "J'ai adoré, c'est génial, vraiment génial !!!",
            "Nul, nul, nul. Je me suis ennuyé du début à la fin.",
            "Merci pour ce moment, c'était super de te voir ce soir :)");

    private TinyModelFolder() {
    }

    /** Writes a classifier for {@code classes} into {@code dir} and returns it. */
    public static Path create(Path dir, List<String> classes, Architecture architecture) throws IOException {
        Path vocabularyFile = dir.resolve("tiny.vocab");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(SENTENCES, 100, vocabularyFile);
        Path model = dir.resolve("model");
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(architecture, vocabulary, manager, 5);
            ClassifierTraining.Options options = TinyClassifiers.options(1).withReading(8, 20);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile, classes, options, manager);
            ClassifierFiles.save(model, classifier, vocabularyFile, Map.of("name", "tiny-test"));
        }
        return model;
    }
}
