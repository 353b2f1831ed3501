package humeur.app.cli.lm;

import humeur.lm.data.TokenFile;
import humeur.lm.text.Tokenization;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A word vocabulary or a subword model with the token files made with it: token files name their vocabulary by the
 * SHA-256 of its file (as {@code corpus tokenize} writes them), so a file tokenised with another vocabulary is refused
 * before training.
 */
record VocabularyFiles(Tokenization tokenization) {

    /**
     * Reads {@code file} (a SentencePiece {@code .model}, or a word vocabulary) and hashes it; a missing or malformed
     * file is an error naming it.
     */
    static VocabularyFiles load(Path file) throws IOException {
        return new VocabularyFiles(Tokenization.load(file));
    }

    Path file() {
        return tokenization.file();
    }

    Vocabulary vocabulary() {
        return tokenization.vocabulary();
    }

    String hash() {
        return tokenization.sha256();
    }

    /** Maps {@code tokens}, which must have been made with this vocabulary; anything else is a one-line error. */
    TokenFile open(Path tokens) throws IOException {
        if (!Files.isRegularFile(tokens)) {
            throw new IOException(tokens + ": no such token file (make one with humeur corpus tokenize)");
        }
        TokenFile opened = TokenFile.open(tokens, hash());
        if (opened.size() == 0) {
            throw new IOException(tokens + ": holds no tokens");
        }
        return opened;
    }

    /**
     * The length of the text {@code tokens} holds, rebuilt by the detokeniser: token files do not keep it, and bits per
     * character need it. Spaces around punctuation may differ slightly from the original text.
     */
    long characters(TokenFile tokens) {
        long characters = 0;
        for (long d = 0; d < tokens.documentCount(); d++) {
            characters += tokenization.decode(tokens.document(d)).length();
        }
        return Math.max(1, characters);
    }
}
