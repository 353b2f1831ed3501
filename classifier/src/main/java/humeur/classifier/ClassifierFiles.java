package humeur.classifier;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.lm.model.LmConfig;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Vocabulary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved classifier's folder:
 * <pre>
 * classifier.json      classes, bptt, max length, head width, tokenizer kind, direction, name, vocabulary SHA-256
 * encoder-config.json  the encoder's LmConfig (the fine-tuned language model's, with the classifier's dropouts)
 * encoder.safetensors  the encoder's weights in half precision (see HalfPrecisionWeights), or
 * encoder.params       the same in single precision and DJL's format, as earlier versions of humeur saved them
 * head.params          the head's weights and BatchNorm running statistics
 * vocabulary           the word vocabulary (tokenizer "words"), or
 * subwords.model       the SentencePiece model (tokenizer "subwords")
 * MODEL.md             the model card: data, sizes, hyper-parameters, training time, evaluation (not read back)
 * </pre>
 * The model's identity is its name and a SHA-256 over the files it is read from (not MODEL.md), so any change to
 * what scores texts changes it.
 */
public final class ClassifierFiles {
    public static final String CONFIG = "classifier.json";
    public static final String ENCODER_CONFIG = "encoder-config.json";
    public static final String ENCODER_WEIGHTS = "encoder.safetensors";
    /** The encoder's weights as earlier versions of humeur saved them: read when there is no {@link #ENCODER_WEIGHTS}. */
    public static final String SINGLE_PRECISION_ENCODER_WEIGHTS = "encoder.params";
    public static final String HEAD_WEIGHTS = "head.params";
    public static final String VOCABULARY = "vocabulary";
    public static final String SUBWORDS = "subwords.model";
    public static final String CARD = "MODEL.md";
    /** Every file a folder may hold, MODEL.md aside: what {@link SentimentModel#loadResource} copies. */
    public static final List<String> FILES = List.of(CONFIG, ENCODER_CONFIG, ENCODER_WEIGHTS,
            SINGLE_PRECISION_ENCODER_WEIGHTS, HEAD_WEIGHTS, VOCABULARY, SUBWORDS);

    private ClassifierFiles() {
    }

    /** A loaded classifier: its block (initialised in a manager), its text encoding, name and identity. */
    public record Loaded(SentimentClassifier classifier, TextEncoding encoding, String name, String identity,
                         Map<String, String> metadata) {
    }

    /**
     * Writes {@code classifier} into {@code dir}, with the tokenizer file {@code tokenizerFile} (a word vocabulary or a
     * SentencePiece model, as the config says) and {@code metadata} (name and other strings) into classifier.json.
     */
    public static void save(Path dir, SentimentClassifier classifier, Path tokenizerFile, Map<String, String> metadata)
            throws IOException {
        Files.createDirectories(dir);
        ClassifierConfig config = classifier.config();
        String tokenizerName = config.tokenizer().equals(ClassifierConfig.SUBWORDS) ? SUBWORDS : VOCABULARY;
        Path tokenizerTarget = dir.resolve(tokenizerName);
        if (!Files.exists(tokenizerTarget) || !Files.isSameFile(tokenizerFile, tokenizerTarget)) {
            Files.copy(tokenizerFile, tokenizerTarget, StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> extra = new LinkedHashMap<>(metadata);
        extra.put("vocabularySha256", sha256(Files.readAllBytes(tokenizerTarget)));
        write(dir.resolve(ENCODER_WEIGHTS), HalfPrecisionWeights.encode(classifier.encoder()));
        Files.deleteIfExists(dir.resolve(SINGLE_PRECISION_ENCODER_WEIGHTS));
        write(dir.resolve(HEAD_WEIGHTS), weights(classifier.head()));
        write(dir.resolve(ENCODER_CONFIG), config.encoder().toJson().getBytes(StandardCharsets.UTF_8));
        write(dir.resolve(CONFIG), config.toJson(extra).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A copy of {@code classifier}, its arrays in {@code manager}, with the weights {@link #save} would write as
     * {@link #load} would read them back (the encoder rounded to half precision): what a saved folder scores.
     */
    public static SentimentClassifier asSaved(SentimentClassifier classifier, NDManager manager) throws IOException {
        SentimentClassifier copy = SentimentClassifier.create(classifier.config(), manager);
        HalfPrecisionWeights.load(copy.encoder(), HalfPrecisionWeights.encode(classifier.encoder()), ENCODER_WEIGHTS,
                ENCODER_CONFIG, manager);
        loadWeights(copy.head(), weights(classifier.head()), HEAD_WEIGHTS, CONFIG, manager);
        return copy;
    }

    /** The parameters of {@code block} in DJL's format, as bytes. */
    public static byte[] weights(Block block) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        }
        return bytes.toByteArray();
    }

    // written beside and moved into place, so a crash never leaves half a file under the final name
    private static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".writing");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the classifier in {@code dir}, its arrays in {@code manager}; {@code shownAs} names the folder in messages
     * (the path, or {@code classpath:folder}). A missing, truncated or mismatched file is a {@link ModelFileException}.
     */
    public static Loaded load(Path dir, String shownAs, NDManager manager) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean olderFormat = !Files.exists(dir.resolve(ENCODER_WEIGHTS))
                && Files.exists(dir.resolve(SINGLE_PRECISION_ENCODER_WEIGHTS));
        String encoderWeights = olderFormat ? SINGLE_PRECISION_ENCODER_WEIGHTS : ENCODER_WEIGHTS;
        for (String name : List.of(CONFIG, ENCODER_CONFIG, encoderWeights, HEAD_WEIGHTS)) {
            files.put(name, read(dir, shownAs, name));
        }
        LmConfig encoderConfig;
        try {
            encoderConfig = LmConfig.fromJson(new String(files.get(ENCODER_CONFIG), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(shown(shownAs, ENCODER_CONFIG), e.getMessage(), e);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        ClassifierConfig config;
        try {
            config = ClassifierConfig.fromJson(new String(files.get(CONFIG), StandardCharsets.UTF_8), encoderConfig, metadata);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(shown(shownAs, CONFIG), e.getMessage(), e);
        }
        boolean subwords = config.tokenizer().equals(ClassifierConfig.SUBWORDS);
        String tokenizerName = subwords ? SUBWORDS : VOCABULARY;
        byte[] tokenizerBytes = read(dir, shownAs, tokenizerName);
        files.put(tokenizerName, tokenizerBytes);
        String expectedHash = metadata.get("vocabularySha256");
        String actualHash = sha256(tokenizerBytes);
        if (expectedHash != null && !expectedHash.equals(actualHash)) {
            throw new ModelFileException(shown(shownAs, tokenizerName), "SHA-256 " + actualHash + " differs from the "
                    + expectedHash + " recorded in " + CONFIG + ": not the vocabulary this model was trained with");
        }
        TextEncoding encoding;
        try {
            encoding = subwords
                    ? TextEncoding.subwords(SubwordTokenizer.load(dir.resolve(SUBWORDS)), config.backward())
                    : TextEncoding.words(Vocabulary.load(dir.resolve(VOCABULARY)), config.backward());
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(shown(shownAs, tokenizerName), "not a readable " + (subwords ? "subword model" : "vocabulary")
                    + " (" + e.getMessage() + ")", e);
        }
        if (encoding.vocabularySize() != encoderConfig.vocabularySize()) {
            encoding.close();
            throw new ModelFileException(shown(shownAs, tokenizerName), "holds " + encoding.vocabularySize() + " tokens but "
                    + ENCODER_CONFIG + " says " + encoderConfig.vocabularySize());
        }
        SentimentClassifier classifier = SentimentClassifier.create(config, manager);
        try {
            if (olderFormat) {
                loadWeights(classifier.encoder(), files.get(encoderWeights), shown(shownAs, encoderWeights), ENCODER_CONFIG, manager);
            } else {
                HalfPrecisionWeights.load(classifier.encoder(), files.get(ENCODER_WEIGHTS), shown(shownAs, ENCODER_WEIGHTS),
                        ENCODER_CONFIG, manager);
            }
            loadWeights(classifier.head(), files.get(HEAD_WEIGHTS), shown(shownAs, HEAD_WEIGHTS), CONFIG, manager);
        } catch (IOException e) {
            encoding.close();
            throw e;
        }
        String name = metadata.getOrDefault("name", "humeur-sentiment");
        return new Loaded(classifier, encoding, name, name + "@sha256:" + identityHash(files), Map.copyOf(metadata));
    }

    private static void loadWeights(Block block, byte[] bytes, String file, String configFile, NDManager manager)
            throws IOException {
        Map<String, Shape> expected = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            expected.put(p.getKey(), p.getValue().getArray().getShape());
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            block.loadParameters(manager, in);
            if (in.available() > 0) {
                throw new ModelFileException(file, in.available() + " bytes more than the model " + configFile + " describes");
            }
        } catch (EOFException e) {
            throw new ModelFileException(file, "truncated (" + bytes.length + " bytes): save the model again", e);
        } catch (MalformedModelException | RuntimeException e) {
            throw new ModelFileException(file, "does not match " + configFile + " or is damaged: " + e.getMessage(), e);
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            Shape shape = p.getValue().getArray().getShape();
            if (!shape.equals(expected.get(p.getKey()))) {
                throw new ModelFileException(file, "parameter " + p.getKey() + " has shape " + shape + " but " + configFile
                        + " makes it " + expected.get(p.getKey()));
            }
        }
    }

    private static byte[] read(Path dir, String shownAs, String name) throws IOException {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            throw new ModelFileException(shown(shownAs, name), "missing: not a complete humeur classifier folder", e);
        }
    }

    private static String shown(String shownAs, String name) {
        return shownAs.endsWith("/") ? shownAs + name : shownAs + "/" + name;
    }

    /** A SHA-256 over files by name (the names sorted): what {@link SentimentScorer#identity} ends with. */
    static String identityHash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.keySet().stream().sorted().forEach(name -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                byte[] bytes = files.get(name);
                digest.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The SHA-256 of {@code bytes} in hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
