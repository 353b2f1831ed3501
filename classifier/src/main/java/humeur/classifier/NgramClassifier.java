package humeur.classifier;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import humeur.classifier.train.LabelledExample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A bag-of-n-grams sentiment classifier: L2-regularised logistic regression (liblinear) on the TF-IDF of a text's word
 * unigrams and bigrams. It reads words, not sentences, so it errs where the ULMFiT classifiers do not and the other way
 * round, and its probabilities are much less sure of themselves: beside them in a {@link SentimentEnsemble} it corrects
 * more than it spoils (BENCHMARKS.md). Trained in seconds with {@link #train}; thread-safe.
 *
 * <p>Its folder holds {@value #CONFIG} (name, classes, cost), {@value NgramFeatures#FILE} (the n-grams and their
 * inverse document frequencies) and {@value #WEIGHTS} (liblinear's model file).
 */
public final class NgramClassifier implements SentimentScorer, AutoCloseable {
    /** The file that makes a folder an n-gram classifier's. */
    public static final String CONFIG = "ngrams.properties";
    static final String WEIGHTS = "model.liblinear";
    private static final List<String> FILES = List.of(CONFIG, NgramFeatures.FILE, WEIGHTS);

    static {
        Linear.disableDebugOutput(); // liblinear prints every solver iteration to standard output otherwise
    }

    private final NgramFeatures features;
    private final Model model;
    private final List<String> classes;
    private final int[] classOfOutput;
    private final double cost;
    private final String name;
    private final String identity;

    private NgramClassifier(NgramFeatures features, Model model, List<String> classes, double cost, String name,
                            String identity) {
        this.features = features;
        this.model = model;
        this.classes = List.copyOf(classes);
        this.classOfOutput = model.getLabels().clone(); // liblinear's labels are our class indices
        this.cost = cost;
        this.name = name;
        this.identity = identity;
    }

    /**
     * Trains on {@code examples} (labels index {@code classes}) with liblinear's cost {@code cost} (its C: larger fits
     * the training texts more closely), keeping the n-grams found in at least {@code minCount} of them.
     */
    public static NgramClassifier train(List<LabelledExample> examples, List<String> classes, double cost, int minCount,
                                        String name) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        NgramFeatures features = NgramFeatures.fit(examples.stream().map(LabelledExample::text).toList(), minCount);
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = features.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = features.vector(examples.get(i).text());
            problem.y[i] = examples.get(i).label();
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, cost, 0.01));
        Map<String, byte[]> files = files(features, model, classes, cost, name);
        return new NgramClassifier(features, model, classes, cost, name, identity(name, files));
    }

    /** Whether {@code dir} holds an n-gram classifier (its {@value #CONFIG}). */
    public static boolean isNgramFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(CONFIG));
    }

    /** Loads the classifier saved in {@code dir}; a missing, truncated or mismatched file is an error naming it. */
    public static NgramClassifier load(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try {
                files.put(file, Files.readAllBytes(dir.resolve(file)));
            } catch (NoSuchFileException e) {
                throw new ModelFileException(dir.resolve(file).toString(), "missing: not a complete n-gram classifier "
                        + "folder (humeur classifier ngrams writes one)", e);
            }
        }
        return read(files, dir.toString());
    }

    /** Loads a classifier packaged as a resource folder on the class path, as {@link #load} loads a folder. */
    public static NgramClassifier loadResource(String classpathFolder) throws IOException {
        String folder = classpathFolder.replaceAll("^/+|/+$", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = NgramClassifier.class.getClassLoader();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(folder + "/" + file)) {
                if (in == null) {
                    throw new ModelFileException("classpath:" + folder + "/" + file, "missing: not a complete n-gram "
                            + "classifier folder");
                }
                files.put(file, in.readAllBytes());
            }
        }
        return read(files, "classpath:" + folder);
    }

    /** Whether the resource folder {@code classpathFolder} holds an n-gram classifier. */
    static boolean isNgramResource(String classpathFolder, ClassLoader loader) {
        return loader.getResource(classpathFolder.replaceAll("^/+|/+$", "") + "/" + CONFIG) != null;
    }

    private static NgramClassifier read(Map<String, byte[]> files, String shownAs) throws ModelFileException {
        String configFile = shownAs + "/" + CONFIG;
        Properties config = new Properties();
        try {
            config.load(new StringReader(text(files, CONFIG)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelFileException(configFile, "not a properties file: " + e.getMessage(), e);
        }
        String name = required(config, "name", configFile);
        List<String> classes = Arrays.asList(required(config, "classes", configFile).split(","));
        double cost;
        try {
            cost = Double.parseDouble(required(config, "cost", configFile));
        } catch (NumberFormatException e) {
            throw new ModelFileException(configFile, "cost is not a number", e);
        }
        NgramFeatures features = NgramFeatures.read(text(files, NgramFeatures.FILE), shownAs + "/" + NgramFeatures.FILE);
        String weightsFile = shownAs + "/" + WEIGHTS;
        Model model;
        try {
            model = Model.load(new StringReader(text(files, WEIGHTS)));
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(weightsFile, "truncated or damaged (" + e.getMessage() + "): train the n-gram "
                    + "model again", e);
        }
        if (model.getNrFeature() != features.size() || !model.isProbabilityModel()) {
            throw new ModelFileException(weightsFile, "has " + model.getNrFeature() + " features but "
                    + NgramFeatures.FILE + " " + features.size() + ", or is not a logistic regression");
        }
        for (int label : model.getLabels()) {
            if (label < 0 || label >= classes.size()) {
                throw new ModelFileException(weightsFile, "class " + label + " is not one of " + classes);
            }
        }
        return new NgramClassifier(features, model, classes, cost, name, identity(name, files));
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static String required(Properties config, String key, String shownAs) throws ModelFileException {
        String value = config.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new ModelFileException(shownAs, "no " + key + "=");
        }
        return value.strip();
    }

    private static Map<String, byte[]> files(NgramFeatures features, Model model, List<String> classes, double cost,
                                             String name) {
        Properties config = new Properties();
        config.setProperty("name", name);
        config.setProperty("classes", String.join(",", classes));
        config.setProperty("cost", String.format(Locale.ROOT, "%s", cost));
        StringWriter configText = new StringWriter();
        StringWriter weights = new StringWriter();
        try {
            config.store(configText, "humeur n-gram sentiment classifier: logistic regression on TF-IDF unigrams and bigrams");
            model.save(weights);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        String stable = configText.toString().replaceFirst("(?m)^#[^\n]*\\d{4}\n", ""); // Properties dates its file
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CONFIG, stable.getBytes(StandardCharsets.UTF_8));
        files.put(NgramFeatures.FILE, features.write().getBytes(StandardCharsets.UTF_8));
        files.put(WEIGHTS, weights.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String identity(String name, Map<String, byte[]> files) {
        return name + "@sha256:" + ClassifierFiles.identityHash(files);
    }

    /** Writes the classifier's files into {@code dir} (created if needed), replacing those there. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files(features, model, classes, cost, name).entrySet()) {
            Path temp = dir.resolve(file.getKey() + ".partial");
            Files.write(temp, file.getValue());
            Files.move(temp, dir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The classes, in the order of {@link #probabilities}. */
    public List<String> classes() {
        return classes;
    }

    /** The cost it was trained with. */
    public double cost() {
        return cost;
    }

    /** The number of n-grams it reads. */
    public int featureCount() {
        return features.size();
    }

    /** {@code text}'s class probabilities, in {@link #classes} order (0 for a class no training text had). */
    public float[] probabilities(String text) {
        double[] estimates = new double[model.getNrClass()];
        Linear.predictProbability(model, features.vector(text), estimates);
        float[] p = new float[classes.size()];
        for (int k = 0; k < estimates.length; k++) {
            p[classOfOutput[k]] = (float) estimates[k];
        }
        return p;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<SentimentScore> score(List<String> texts) {
        List<SentimentScore> scores = new ArrayList<>(texts.size());
        for (String text : texts) {
            scores.add(toScore(probabilities(text)));
        }
        return scores;
    }

    /** A conversation's messages read as one text: the n-grams of all of them. */
    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        return toScore(probabilities(String.join("\n", messages.stream().map(m -> m == null ? "" : m).toList())));
    }

    private SentimentScore toScore(float[] p) {
        return p.length == 2 ? new SentimentScore(p[0], 0, p[1]) : new SentimentScore(p[0], p[1], p[2]);
    }

    /** Nothing to free: the model lives on the Java heap. */
    @Override
    public void close() {
    }
}
