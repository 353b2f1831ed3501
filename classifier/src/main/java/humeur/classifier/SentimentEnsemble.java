package humeur.classifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several classifiers scoring together by a weighted average of their probabilities: ULMFiT's forward + backward
 * ensemble (a classifier on a forward language model and one on a backward one, which reads token sequences reversed;
 * about +0.5-1 point of accuracy in the paper), and beside them, in the default model, an {@link NgramClassifier}. The
 * members must have the same classes. Thread-safe, as its members are.
 *
 * <p>An ensemble can be saved as one folder: the member classifiers' folders inside it, and a manifest
 * {@value #MANIFEST} naming them, one per line, each name optionally followed by its weight (1 when left out; {@code #}
 * starts a comment). Such a folder is given wherever a model folder is ({@link #isEnsembleFolder}); the default French
 * model ships that way.
 */
public final class SentimentEnsemble implements SentimentScorer, AutoCloseable {
    /** The manifest of an ensemble folder: its members' folder names, one per line. */
    public static final String MANIFEST = "ensemble.txt";

    private final List<SentimentScorer> members;
    private final double[] weights;
    private final List<String> classes;
    private final String name;
    private final String identity;

    /** A member's folder name in a manifest, and its weight in the average. */
    record Member(String folder, double weight) {
    }

    private SentimentEnsemble(List<SentimentScorer> members, double[] weights) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one model");
        }
        classes = classesOf(members.get(0));
        for (SentimentScorer member : members) {
            if (!classesOf(member).equals(classes)) {
                throw new IllegalArgumentException(member.name() + " has classes " + classesOf(member)
                        + ", not " + classes + ": an ensemble averages the same classes");
            }
        }
        this.members = List.copyOf(members);
        this.weights = weights.clone();
        this.name = String.join("+", members.stream().map(SentimentScorer::name).toList());
        StringBuilder identity = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            identity.append(i == 0 ? "" : "+").append(members.get(i).identity());
            if (weights[i] != 1) {
                identity.append("*").append(weights[i]); // a new weight changes the scores: they must be redone
            }
        }
        this.identity = identity.toString();
    }

    private static List<String> classesOf(SentimentScorer member) {
        if (member instanceof SentimentModel model) {
            return model.config().classes();
        }
        if (member instanceof NgramClassifier ngrams) {
            return ngrams.classes();
        }
        throw new IllegalArgumentException(member.name() + " is neither a ULMFiT nor an n-gram classifier");
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
        List<Double> weights = new ArrayList<>();
        for (Path dir : dirs) {
            if (isEnsembleFolder(dir)) {
                Path manifest = dir.resolve(MANIFEST);
                for (Member member : members(Files.readString(manifest, StandardCharsets.UTF_8), manifest.toString())) {
                    classifiers.add(dir.resolve(member.folder()));
                    weights.add(member.weight());
                }
            } else {
                classifiers.add(dir);
                weights.add(1.0);
            }
        }
        return loadEach(classifiers, weights, SentimentEnsemble::loadFolder, dirs.toString());
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
        List<Member> members = members(text, manifest);
        ClassLoader classes = loader;
        return loadEach(members.stream().map(member -> folder + "/" + member.folder()).toList(),
                members.stream().map(Member::weight).toList(),
                member -> NgramClassifier.isNgramResource(member, classes) ? NgramClassifier.loadResource(member)
                        : SentimentModel.loadResource(member), "classpath:" + folder);
    }

    /** The classifier saved in {@code dir}: an {@link NgramClassifier}'s folder, or a {@link SentimentModel}'s. */
    public static SentimentScorer loadFolder(Path dir) throws IOException {
        return NgramClassifier.isNgramFolder(dir) ? NgramClassifier.load(dir) : SentimentModel.load(dir);
    }

    /** The members a manifest lists; {@code shownAs} names it in errors, with the line. */
    static List<Member> members(String manifest, String shownAs) throws ModelFileException {
        List<Member> members = new ArrayList<>();
        String[] lines = manifest.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            String folder = fields[0];
            // members live inside the ensemble's folder, so that it can be moved, copied and packaged as one
            if (fields.length > 2 || !folder.matches("[A-Za-z0-9._-]+") || folder.equals(".") || folder.equals("..")) {
                throw new ModelFileException(shownAs, "line " + (i + 1) + ": \"" + line + "\" is not the name of a "
                        + "folder beside " + MANIFEST + ", optionally followed by its weight");
            }
            double weight = 1;
            if (fields.length == 2) {
                try {
                    weight = Double.parseDouble(fields[1]);
                } catch (NumberFormatException e) {
                    weight = Double.NaN;
                }
                if (!(weight > 0) || Double.isInfinite(weight)) {
                    throw new ModelFileException(shownAs, "line " + (i + 1) + ": the weight \"" + fields[1]
                            + "\" is not a positive number");
                }
            }
            members.add(new Member(folder, weight));
        }
        if (members.isEmpty()) {
            throw new ModelFileException(shownAs, "names no model folder (one per line)");
        }
        return members;
    }

    @FunctionalInterface
    private interface ModelLoader<T> {
        SentimentScorer load(T where) throws IOException;
    }

    private static <T> SentimentEnsemble loadEach(List<T> places, List<Double> weights, ModelLoader<T> loader,
                                                  String shownAs) throws IOException {
        List<SentimentScorer> members = new ArrayList<>();
        try {
            for (T place : places) {
                members.add(loader.load(place));
            }
            return new SentimentEnsemble(members, weights.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            closeAll(members);
            throw new IOException(shownAs + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeAll(members);
            throw e;
        }
    }

    /** An ensemble of loaded models, weighing the same, which it closes when closed. */
    public static SentimentEnsemble of(List<? extends SentimentScorer> models) {
        double[] weights = new double[models.size()];
        Arrays.fill(weights, 1);
        return new SentimentEnsemble(List.copyOf(models), weights);
    }

    /** An ensemble of loaded models weighed by {@code weights} (positive), which it closes when closed. */
    public static SentimentEnsemble of(List<? extends SentimentScorer> models, double[] weights) {
        if (weights.length != models.size()) {
            throw new IllegalArgumentException(models.size() + " models but " + weights.length + " weights");
        }
        return new SentimentEnsemble(List.copyOf(models), weights);
    }

    /** The members, in order. */
    public List<SentimentScorer> members() {
        return members;
    }

    /** The ULMFiT members ({@link SentimentModel}s), in order. */
    public List<SentimentModel> models() {
        return members.stream().filter(SentimentModel.class::isInstance).map(SentimentModel.class::cast).toList();
    }

    /** Each member's weight in the average, in member order. */
    public double[] weights() {
        return weights.clone();
    }

    /** The classes every member gives probabilities for. */
    public List<String> classes() {
        return classes;
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
        return averaged(members.stream().map(member -> member.score(texts)).toList());
    }

    @Override
    public SentimentScore scoreConversation(List<String> messages) {
        return scoreConversations(List.of(messages)).get(0);
    }

    @Override
    public List<SentimentScore> scoreConversations(List<List<String>> conversations) {
        return averaged(members.stream().map(member -> member.scoreConversations(conversations)).toList());
    }

    /** Item by item, the weighted average of each member's scores of the same items. */
    private List<SentimentScore> averaged(List<List<SentimentScore>> each) {
        int n = each.get(0).size();
        List<SentimentScore> averaged = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = i;
            averaged.add(average(each.stream().map(scores -> scores.get(at)).toList()));
        }
        return averaged;
    }

    private SentimentScore average(List<SentimentScore> scores) {
        double negative = 0;
        double neutral = 0;
        double positive = 0;
        double total = 0;
        for (int i = 0; i < scores.size(); i++) {
            SentimentScore s = scores.get(i);
            negative += weights[i] * s.negative();
            neutral += weights[i] * s.neutral();
            positive += weights[i] * s.positive();
            total += weights[i];
        }
        return new SentimentScore((float) (negative / total), (float) (neutral / total), (float) (positive / total));
    }

    @Override
    public void close() {
        closeAll(members);
    }

    private static void closeAll(List<SentimentScorer> members) {
        for (SentimentScorer member : members) {
            if (member instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException(member.name() + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
