package humeur.corpora.tokens;

import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Tokenization;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a text into token ids with a word vocabulary or a subword model, and names that vocabulary so that a token
 * file records what its ids mean. Implementations are safe to use from several threads at once.
 */
public interface TextEncoder {

    /** The ids of {@code text}, starting with {@code xxbos}. */
    int[] encode(String text);

    /** The vocabulary's file name, recorded in token files. */
    String vocabularyName();

    /** The SHA-256 of the vocabulary file: a token file made with another vocabulary is refused. */
    String vocabularyHash();

    /** How many ids there are. */
    int vocabularySize();

    /** Word-level ids: the French chat tokeniser, then a vocabulary saved in {@code file}. */
    static TextEncoder words(Vocabulary vocabulary, Path file) throws IOException {
        String hash = sha256(file);
        return new TextEncoder() {
            @Override
            public int[] encode(String text) {
                return vocabulary.ids(FrenchTokenizer.tokenize(text));
            }

            @Override
            public String vocabularyName() {
                return file.getFileName().toString();
            }

            @Override
            public String vocabularyHash() {
                return hash;
            }

            @Override
            public int vocabularySize() {
                return vocabulary.size();
            }
        };
    }

    /** Subword ids: the same tokeniser's normalisation, then the SentencePiece model in {@code model}. */
    static TextEncoder subwords(SubwordTokenizer subwords, Path model) throws IOException {
        String hash = sha256(model);
        return new TextEncoder() {
            @Override
            public int[] encode(String text) {
                return subwords.encode(text);
            }

            @Override
            public String vocabularyName() {
                return model.getFileName().toString();
            }

            @Override
            public String vocabularyHash() {
                return hash;
            }

            @Override
            public int vocabularySize() {
                return subwords.size();
            }
        };
    }

    /** The SHA-256 of a file's bytes, in hexadecimal. */
    static String sha256(Path file) throws IOException {
        return Tokenization.sha256(file);
    }
}
