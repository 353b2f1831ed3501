package humeur.lm.text;

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
import java.util.List;

/**
 * How a model reads and writes text: a word {@link Vocabulary} or a SentencePiece subword model, with the file it was
 * loaded from and that file's SHA-256, which token files record so that ids made with another vocabulary are refused.
 * Both apply the same French rules ({@link FrenchTokenizer}) first. Safe to use from several threads; close it to free
 * a subword model's native memory.
 */
public interface Tokenization extends AutoCloseable {

    /**
     * Loads {@code file}: a SentencePiece model when its name ends in {@code .model} (as {@code humeur corpus subwords}
     * writes them), else a word vocabulary file. A missing or malformed file is an {@link IOException} naming it.
     */
    static Tokenization load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such vocabulary or subword model");
        }
        String hash = sha256(file);
        if (file.getFileName().toString().endsWith(".model")) {
            return new SubwordTokenization(file, hash, SubwordTokenizer.load(file));
        }
        return new WordTokenization(file, hash, Vocabulary.load(file));
    }

    /** The vocabulary or subword model file. */
    Path file();

    /** The SHA-256 of {@link #file()}, in hexadecimal. */
    String sha256();

    /** Whether ids are SentencePiece pieces rather than words. */
    boolean subwords();

    /** The ids and their token or piece texts. */
    Vocabulary vocabulary();

    /** The ids of {@code text}, starting with {@code xxbos}. */
    int[] encode(String text);

    /** Readable text for {@code ids} ({@link Detokenizer}): for people and for counting characters, not exact. */
    String decode(int[] ids);

    @Override
    void close();

    /** The SHA-256 of a file's bytes, in hexadecimal. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Word ids: the French tokens, each looked up in the vocabulary. */
    record WordTokenization(Path file, String sha256, Vocabulary vocabulary) implements Tokenization {
        @Override
        public boolean subwords() {
            return false;
        }

        @Override
        public int[] encode(String text) {
            return vocabulary.ids(FrenchTokenizer.tokenize(text));
        }

        @Override
        public String decode(int[] ids) {
            return Detokenizer.detokenize(Arrays.stream(ids).mapToObj(vocabulary::token).toList());
        }

        @Override
        public void close() {
        }
    }

    /** Subword ids: the French tokens, then SentencePiece pieces. */
    record SubwordTokenization(Path file, String sha256, SubwordTokenizer tokenizer) implements Tokenization {
        @Override
        public boolean subwords() {
            return true;
        }

        @Override
        public Vocabulary vocabulary() {
            return tokenizer.vocabulary();
        }

        @Override
        public int[] encode(String text) {
            return tokenizer.encode(text);
        }

        @Override
        public String decode(int[] ids) {
            // the subword decoder gives back the French tokens, space-separated; the detokeniser makes them readable
            String tokens = tokenizer.decode(ids);
            return tokens.isEmpty() ? "" : Detokenizer.detokenize(List.of(tokens.split(" ")));
        }

        @Override
        public void close() {
            tokenizer.close();
        }
    }
}
