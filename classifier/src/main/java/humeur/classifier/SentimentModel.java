package humeur.classifier;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.translate.TranslateException;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.lm.data.ClassifierBatch;
import humeur.lm.data.SortishBatches;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A trained sentiment classifier ready to score French texts: {@code load(dir)} or {@code loadResource(folder)}, then
 * {@link #score(List)}. Texts are tokenised, sorted by length into batches of similar lengths (little padding), run
 * through the model in evaluation mode without autograd, and returned in input order. Safe to share across threads:
 * each call gets its own DJL {@link Predictor}, and the model keeps no state between calls.
 *
 * <pre>{@code
 * try (SentimentModel model = SentimentModel.load(Path.of("sentiment-model"))) {
 *     List<SentimentScore> scores = model.score(List.of("Trop bien ce film !", "Quelle déception..."));
 * }
 * }</pre>
 */
public final class SentimentModel implements SentimentScorer, AutoCloseable {
    /**
     * Documents per batch: chat messages are short, so 128 of them make one cheap matrix product per step (with
     * analyze's 1,024-message calls, chat messages score 1.3x faster than with 64 and 256; BENCHMARKS.md).
     */
    private static final int BATCH_SIZE = 128;

    private final NDManager manager;
    private final Model model;
    private final SentimentClassifier classifier;
    private final TextEncoding encoding;
    private final String name;
    private final String identity;
    private final Map<String, String> metadata;

    private SentimentModel(NDManager manager, ClassifierFiles.Loaded loaded) {
        this.manager = manager;
        this.classifier = loaded.classifier();
        this.encoding = loaded.encoding();
        this.name = loaded.name();
        this.identity = loaded.identity();
        this.metadata = loaded.metadata();
        model = Model.newInstance(name);
        model.setBlock(classifier);
    }

    /** Loads the classifier saved in {@code dir}; a missing, truncated or mismatched file is an error naming it. */
    public static SentimentModel load(Path dir) throws IOException {
        return load(dir, dir.toString());
    }

    private static SentimentModel load(Path dir, String shownAs) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ModelFileException(shownAs, "no such model folder");
        }
        NDManager manager = NDManager.newBaseManager();
        try {
            return new SentimentModel(manager, ClassifierFiles.load(dir, shownAs, manager));
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads a classifier packaged as a resource folder on the class path (e.g. {@code humeur/models/sentiment}, holding
     * the files {@link ClassifierFiles} lists); they are copied to a temporary folder, read, and the copy deleted.
     */
    public static SentimentModel loadResource(String classpathFolder) throws IOException {
        String folder = classpathFolder.replaceAll("^/+|/+$", "");
        String shownAs = "classpath:" + folder;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = SentimentModel.class.getClassLoader();
        }
        Path temp = Files.createTempDirectory("humeur-model-");
        try {
            boolean any = false;
            for (String file : ClassifierFiles.FILES) {
                try (InputStream in = loader.getResourceAsStream(folder + "/" + file)) {
                    if (in != null) {
                        Files.copy(in, temp.resolve(file));
                        any = true;
                    }
                }
            }
            if (!any) {
                throw new ModelFileException(shownAs, "no such resource folder with a classifier in it");
            }
            return load(temp, shownAs);
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Sets the engine's intra-op threads for the whole process (PyTorch's {@code set_num_threads}); call it after a
     * model is loaded, since the engine sets its own count when it starts. Starts the engine if no model did (an
     * n-gram classifier alone needs none, but its caller cannot tell).
     */
    public static void useThreads(int threads) {
        Engine.getEngine("PyTorch"); // loads the native library the next call goes into
        JniUtils.setNumThreads(Math.max(1, threads));
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String name() {
        return name;
    }

    /** The classifier's configuration: classes, reading, encoder. */
    public ClassifierConfig config() {
        return classifier.config();
    }

    /** The strings saved with the model (name, training data, dev scores…). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The text encoding (tokenizer and vocabulary) this model reads with. */
    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public List<SentimentScore> score(List<String> texts) {
        List<int[]> documents = new ArrayList<>(texts.size());
        for (String text : texts) {
            documents.add(encoding.encode(text == null ? "" : text));
        }
        float[][] probabilities = probabilities(documents);
        List<SentimentScore> scores = new ArrayList<>(texts.size());
        for (float[] p : probabilities) {
            scores.add(toScore(p));
        }
        return scores;
    }

    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        return scoreConversations(List.of(messages)).get(0);
    }

    /** Scores conversations in batches of similar lengths, one score per conversation in the order given. */
    @Override
    public List<SentimentScore> scoreConversations(List<List<String>> conversations) {
        List<int[]> documents = new ArrayList<>(conversations.size());
        for (List<String> messages : conversations) {
            documents.add(conversationDocument(messages));
        }
        List<SentimentScore> scores = new ArrayList<>(conversations.size());
        for (float[] p : probabilities(documents)) {
            scores.add(toScore(p));
        }
        return scores;
    }

    /**
     * A conversation as one document in the model's reading order, each message tokenised as a text (its own xxbos
     * marks where a message starts). Only the messages reaching into what the model reads ({@link
     * ClassifierConfig#readLength}) are tokenised: the last ones for a forward model, the first for a backward one.
     */
    private int[] conversationDocument(List<String> messages) {
        boolean backward = config().backward();
        int wanted = config().readLength();
        List<int[]> parts = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < messages.size() && length < wanted; i++) {
            String message = messages.get(backward ? i : messages.size() - 1 - i);
            int[] ids = encoding.encode(message == null ? "" : message); // reversed already for a backward model
            parts.add(ids);
            length += ids.length;
        }
        if (length == 0) {
            return encoding.encode("");
        }
        // gathered from the reading's end towards its start (forward: last message first; backward: the first
        // message, whose reversed ids end the reversed document, first), so laid out in reverse order of gathering
        int[] document = new int[length];
        int at = length;
        for (int[] part : parts) {
            at -= part.length;
            System.arraycopy(part, 0, document, at, part.length);
        }
        return document;
    }

    /**
     * Class probabilities (documents × classes, in the model's class order) of tokenised documents, in input order; of
     * a document longer than {@link ClassifierConfig#readLength} only its last ids are read.
     */
    public float[][] probabilities(List<int[]> documents) {
        float[][] out = new float[documents.size()][];
        if (documents.isEmpty()) {
            return out;
        }
        ClassifierConfig config = config();
        SortishBatches batches = SortishBatches.of(documents, null,
                new SortishBatches.Options(BATCH_SIZE, config.bptt(), config.readLength(), config.encoder().padId(),
                        0));
        try (Predictor<ClassifierBatch, float[][]> predictor = model.newPredictor(new ClassifierTranslator(config.classCount()))) {
            for (ClassifierBatch batch : batches.inOrderOfLength()) {
                float[][] rows = predictor.predict(batch);
                for (int r = 0; r < rows.length; r++) {
                    out[batch.indices()[r]] = rows[r];
                }
            }
        } catch (TranslateException e) {
            throw new IllegalStateException("scoring failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** A row of class probabilities as a score: binary models give a neutral probability of 0. */
    public SentimentScore toScore(float[] p) {
        return p.length == 2 ? new SentimentScore(p[0], 0, p[1]) : new SentimentScore(p[0], p[1], p[2]);
    }

    @Override
    public void close() {
        model.close();
        encoding.close();
        manager.close();
    }
}
