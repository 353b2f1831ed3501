package humeur.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several classifiers scoring together by averaging their probabilities: ULMFiT's forward + backward ensemble (a
 * classifier on a forward language model and one on a backward one, which reads token sequences reversed; about
 * +0.5-1 point of accuracy in the paper). The models must have the same classes. Thread-safe, as its models are.
 *
 * <p>An ensemble can be saved as one folder: the member classifiers' folders inside it, and a manifest
 * {@value #MANIFEST} naming them, one per line ({@code #} starts a comment). Such a folder is given wherever a model
 * folder is ({@link #isEnsembleFolder}); the default French model ships that way.
 */
public final class SentimentEnsemble implements SentimentScorer, AutoCloseable {
    /** The manifest of an ensemble folder: its members' folder names, one per line. */
    public static final String MANIFEST = "ensemble.txt";

    private final List<SentimentModel> models;
    private final String name;
    private final String identity;

    private SentimentEnsemble(List<SentimentModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        List<String> classes = models.get(0).config().classes();
        for (SentimentModel model : models) {
            if (!model.config().classes().equals(classes)) {
                throw new IllegalArgumentException(model.name() + " has classes " + model.config().classes()
                        + ", not " + classes + ": an ensemble averages the same classes");
            }
        }
        this.models = List.copyOf(models);
        this.name = String.join("+", models.stream().map(SentimentModel::name).toList());
        this.identity = String.join("+", models.stream().map(SentimentModel::identity).toList());
    }

    /** Whether {@code dir} is an ensemble folder (it holds a {@value #MANIFEST}) rather than one classifier's. */
    public static boolean isEnsembleFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /**
     * The models in {@code dirs}, averaged; an ensemble folder among them adds its members. A model that fails to load,
     * or whose classes differ from the first's, is an {@link IOException} (and closes those already loaded).
     */
    public static SentimentEnsemble load(List<Path> dirs) throws IOException {
        List<Path> classifiers = new ArrayList<>();
        for (Path dir : dirs) {
            if (isEnsembleFolder(dir)) {
                Path manifest = dir.resolve(MANIFEST);
                members(Files.readString(manifest, StandardCharsets.UTF_8), manifest.toString())
                        .forEach(member -> classifiers.add(dir.resolve(member)));
            } else {
                classifiers.add(dir);
            }
        }
        return loadEach(classifiers, SentimentModel::load, dirs.toString());
    }

    /**
     * The ensemble saved as a resource folder on the class path (its {@value #MANIFEST} and member folders), as
     * {@link SentimentModel#loadResource} loads one classifier.
     */
    public static SentimentEnsemble loadResource(String classpathFolder) throws IOException {
        String folder = classpathFolder.replaceAll("^/+|/+$", "");
        String manifest = "classpath:" + folder + "/" + MANIFEST;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = SentimentEnsemble.class.getClassLoader();
        }
        String text;
        try (InputStream in = loader.getResourceAsStream(folder + "/" + MANIFEST)) {
            if (in == null) {
                throw new ModelFileException(manifest, "missing: not an ensemble folder", new NoSuchFileException(manifest));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> members = members(text, manifest).stream().map(member -> folder + "/" + member).toList();
        return loadEach(members, SentimentModel::loadResource, "classpath:" + folder);
    }

    /** The member folder names a manifest lists; {@code shownAs} names it in errors, with the line. */
    static List<String> members(String manifest, String shownAs) throws ModelFileException {
        List<String> members = new ArrayList<>();
        String[] lines = manifest.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            // members live inside the ensemble's folder, so that it can be moved, copied and packaged as one
            if (!line.matches("[A-Za-z0-9._-]+") || line.equals(".") || line.equals("..")) {
                throw new ModelFileException(shownAs, "line " + (i + 1) + ": \"" + line + "\" is not the name of a "
                        + "folder beside " + MANIFEST);
            }
            members.add(line);
        }
        if (members.isEmpty()) {
            throw new ModelFileException(shownAs, "names no model folder (one per line)");
        }
        return members;
    }

    @FunctionalInterface
    private interface ModelLoader<T> {
        SentimentModel load(T where) throws IOException;
    }

    private static <T> SentimentEnsemble loadEach(List<T> places, ModelLoader<T> loader, String shownAs)
            throws IOException {
        List<SentimentModel> models = new ArrayList<>();
        try {
            for (T place : places) {
                models.add(loader.load(place));
            }
            return new SentimentEnsemble(models);
        } catch (IllegalArgumentException e) {
            models.forEach(SentimentModel::close);
            throw new IOException(shownAs + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            models.forEach(SentimentModel::close);
            throw e;
        }
    }

    /** An ensemble of loaded models, which it closes when closed. */
    public static SentimentEnsemble of(List<SentimentModel> models) {
        return new SentimentEnsemble(models);
    }

    /** The models, in order. */
    public List<SentimentModel> models() {
        return models;
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
        return averaged(models.stream().map(model -> model.score(texts)).toList());
    }

    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        return scoreConversations(List.of(messages)).get(0);
    }

    @Override
    public List<SentimentScore> scoreConversations(List<List<String>> conversations) {
        return averaged(models.stream().map(model -> model.scoreConversations(conversations)).toList());
    }

    /** Item by item, the average of each model's scores of the same items. */
    private static List<SentimentScore> averaged(List<List<SentimentScore>> each) {
        int n = each.get(0).size();
        List<SentimentScore> averaged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = i;
            averaged.add(average(each.stream().map(scores -> scores.get(at)).toList()));
        }
        return averaged;
    }

    private static SentimentScore average(List<SentimentScore> scores) {
        float negative = 0;
        float neutral = 0;
        float positive = 0;
        for (SentimentScore s : scores) {
            negative += s.negative();
            neutral += s.neutral();
            positive += s.positive();
        }
        int n = scores.size();
        return new SentimentScore(negative / n, neutral / n, positive / n);
    }

    @Override
    public void close() {
        models.forEach(SentimentModel::close);
    }
}
