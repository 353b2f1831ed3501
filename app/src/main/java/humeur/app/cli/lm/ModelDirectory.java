package humeur.app.cli.lm;

import ai.djl.ndarray.NDManager;

import humeur.lm.model.LanguageModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A trained model's folder: the model ({@link LanguageModel#save}), a copy of its vocabulary, the reading direction,
 * and the checkpoints of the run that made it. Keeping the vocabulary beside the weights means a model folder is
 * enough to evaluate, sample or fine-tune.
 */
record ModelDirectory(Path dir) {
    static final String VOCABULARY = "vocabulary";
    static final String SUBWORDS = "subwords.model";
    static final String DIRECTION = "direction";

    /** Where the training run checkpoints, and where {@code --resume} looks. */
    Path checkpoints() {
        return dir.resolve("checkpoints");
    }

    /**
     * Saves {@code model}, a copy of the vocabulary file it reads (DIR/vocabulary, or DIR/subwords.model for a
     * subword model), and whether it reads text backwards.
     */
    void save(LanguageModel model, VocabularyFiles vocabulary, boolean backward) throws IOException {
        model.save(dir);
        String name = vocabulary.tokenization().subwords() ? SUBWORDS : VOCABULARY;
        Files.copy(vocabulary.file(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(dir.resolve(name.equals(SUBWORDS) ? VOCABULARY : SUBWORDS));
        Files.writeString(dir.resolve(DIRECTION), backward ? "backward\n" : "forward\n");
    }

    /** A saved model with its vocabulary and direction. */
    record Saved(LanguageModel model, VocabularyFiles vocabulary, boolean backward) {
    }

    /** Loads what {@link #save} wrote, arrays in {@code manager}; a folder that is not a model is a one-line error. */
    Saved load(NDManager manager) throws IOException {
        Path vocabularyFile = Files.isRegularFile(dir.resolve(SUBWORDS)) ? dir.resolve(SUBWORDS) : dir.resolve(VOCABULARY);
        if (!Files.isRegularFile(dir.resolve("lm-config.json")) || !Files.isRegularFile(vocabularyFile)) {
            throw new IOException(dir + ": not a humeur language model (no lm-config.json and vocabulary; "
                    + "make one with humeur lm pretrain)");
        }
        VocabularyFiles vocabulary = VocabularyFiles.load(vocabularyFile);
        LanguageModel model = LanguageModel.load(dir, manager);
        if (model.config().vocabularySize() != vocabulary.vocabulary().size()) {
            throw new IOException(dir + ": the model has " + model.config().vocabularySize() + " tokens but its vocabulary "
                    + vocabulary.vocabulary().size());
        }
        boolean backward = Files.isRegularFile(dir.resolve(DIRECTION))
                && Files.readString(dir.resolve(DIRECTION)).strip().equals("backward");
        return new Saved(model, vocabulary, backward);
    }
}
