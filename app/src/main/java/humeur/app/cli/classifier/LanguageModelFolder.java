package humeur.app.cli.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.text.TextEncoding;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A language model folder as {@code humeur lm pretrain/finetune} saves it, read for its encoder and its tokens. */
final class LanguageModelFolder {
    private LanguageModelFolder() {
    }

    /** The model, how its tokens are made, the file to keep beside a classifier, and its direction. */
    record Loaded(LanguageModel model, TextEncoding encoding, Path tokenizerFile, String kind, boolean backward) {
    }

    /**
     * Reads {@code dir}. Its tokens are those of DIR/subwords.model when {@code lm pretrain} saved one there (a subword
     * model), else of DIR/vocabulary; {@code subwords}, when given, names the subword model instead and must hold the
     * same pieces.
     */
    static Loaded load(Path dir, Path subwords, NDManager manager) throws IOException {
        Path saved = dir.resolve("subwords.model");
        Path subwordFile = subwords != null ? subwords : Files.isRegularFile(saved) ? saved : null;
        Path vocabularyFile = subwordFile != null ? subwordFile : dir.resolve("vocabulary");
        if (!Files.isRegularFile(dir.resolve("lm-config.json")) || !Files.isRegularFile(vocabularyFile)) {
            throw new IOException(dir + ": not a humeur language model (no lm-config.json and vocabulary; "
                    + "make one with humeur lm pretrain and humeur lm finetune)");
        }
        SubwordTokenizer tokenizer = subwordFile == null ? null : SubwordTokenizer.load(subwordFile);
        try {
            Vocabulary vocabulary = tokenizer == null ? Vocabulary.load(vocabularyFile) : tokenizer.vocabulary();
            if (tokenizer != null && subwords != null && Files.isRegularFile(dir.resolve("vocabulary"))
                    && !Vocabulary.load(dir.resolve("vocabulary")).equals(vocabulary)) {
                throw new IOException(subwords + ": its pieces are not the vocabulary of " + dir + " (another subword model?)");
            }
            LanguageModel model = LanguageModel.load(dir, manager);
            if (model.config().vocabularySize() != vocabulary.size()) {
                throw new IOException(vocabularyFile + ": holds " + vocabulary.size() + " tokens but the model of " + dir
                        + " has " + model.config().vocabularySize());
            }
            boolean backward = Files.isRegularFile(dir.resolve("direction"))
                    && Files.readString(dir.resolve("direction")).strip().equals("backward");
            if (tokenizer == null) {
                return new Loaded(model, TextEncoding.words(vocabulary, backward), vocabularyFile, ClassifierConfig.WORDS,
                        backward);
            }
            return new Loaded(model, TextEncoding.subwords(tokenizer, backward), subwordFile, ClassifierConfig.SUBWORDS,
                    backward);
        } catch (IOException | RuntimeException e) {
            if (tokenizer != null) {
                tokenizer.close();
            }
            throw e;
        }
    }
}
