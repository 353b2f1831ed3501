package humeur.app.cli.lm;

import humeur.lm.data.TokenFile;
import humeur.lm.model.Detokenizer;
import humeur.lm.text.Vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A vocabulary file with the token files made with it: token files name their vocabulary by the SHA-256 of its file
 * (as {@code corpus tokenize} writes them), so a file tokenised with another vocabulary is refused before training.
 */
record VocabularyFiles(Path file, Vocabulary vocabulary, String hash) {

    /** Reads {@code file} and hashes it; a missing or malformed file is an error naming it. */
    static VocabularyFiles load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such vocabulary file");
        }
        return new VocabularyFiles(file, Vocabulary.load(file), sha256(file));
    }

    /** Maps {@code tokens}, which must have been made with this vocabulary; anything else is a one-line error. */
    TokenFile open(Path tokens) throws IOException {
        if (!Files.isRegularFile(tokens)) {
            throw new IOException(tokens + ": no such token file (make one with humeur corpus tokenize)");
        }
        TokenFile opened = TokenFile.open(tokens, hash);
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
            characters += Detokenizer.detokenize(Arrays.stream(tokens.document(d)).mapToObj(vocabulary::token).toList()).length();
        }
        return Math.max(1, characters);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
