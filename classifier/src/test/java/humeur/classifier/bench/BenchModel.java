package humeur.classifier.bench;

import ai.djl.ndarray.NDManager;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LmConfig;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Vocabulary;

import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a model folder of the default size for scoring benchmarks: the small AWD-LSTM (emb 128, hidden 256,
 * 3 layers), fastai's head, three classes, random weights (speed does not depend on the values), reading with a real
 * vocabulary so that messages tokenise as they will. {@code BenchModel DIR words VOCABULARY} or
 * {@code BenchModel DIR subwords SENTENCEPIECE_MODEL}. Not a test.
 */
public final class BenchModel {
    private BenchModel() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean subwords = args[1].equals(ClassifierConfig.SUBWORDS);
        Path tokenizer = Path.of(args[2]);
        int size;
        if (subwords) {
            try (SubwordTokenizer spm = SubwordTokenizer.load(tokenizer)) {
                size = spm.size();
            }
        } else {
            size = Vocabulary.load(tokenizer).size();
        }
        LmConfig lm = LmConfig.awdLstmSmall(size).withDropouts(Dropouts.classifier()).withDropMult(0.5f);
        ClassifierConfig config = ClassifierConfig.of(lm, ClassifierConfig.SENTIMENTS)
                .withTokenizer(subwords ? ClassifierConfig.SUBWORDS : ClassifierConfig.WORDS, false);
        try (NDManager manager = NDManager.newBaseManager()) {
            SentimentClassifier classifier = SentimentClassifier.create(config, manager);
            ClassifierFiles.save(dir, classifier, tokenizer, Map.of("name", "bench-" + args[1] + "-" + size));
        }
        System.out.printf("%s: small AWD-LSTM, %s, %,d ids, random weights%n", dir, args[1], size);
    }
}
