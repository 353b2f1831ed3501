package humeur.app.cli;

import humeur.classifier.SentimentEnsemble;
import humeur.classifier.SentimentModel;
import humeur.classifier.SentimentScorer;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --model DIR} and {@code --threads N}, shared by every command that scores: the one place where a sentiment
 * model is chosen and loaded. Without {@code --model}, the French model shipped in the application jar
 * (models/humeur-fr in the repository).
 */
public final class ModelOption {
    /** Where the build puts the shipped model (app/pom.xml copies {@link #DEFAULT_FOLDER} there). */
    static final String DEFAULT_MODEL = "humeur/models/humeur-fr";
    /** The shipped model's folder in the repository, named in errors. */
    static final String DEFAULT_FOLDER = "models/humeur-fr";

    /** Loads the sentiment model of a folder, or the default model for {@code null}. */
    @FunctionalInterface
    public interface Loader {
        SentimentScorer load(Path dir) throws IOException;
    }

    @Option(names = "--model", paramLabel = "DIR",
            description = "The sentiment model to score with: a model folder, as the classifier's training writes "
                    + "it, or an ensemble folder (model folders beside an ensemble.txt naming them, whose "
                    + "probabilities are averaged). Default: the model shipped with humeur.")
    private Path dir;

    // Measured on 2 cores (BENCHMARKS.md, "Scoring"): on a quiet machine 2 engine threads score 1.3-1.4 times faster
    // than 1 through the CLI, but when the cores are busy 2 are 4-20 times slower than 1 (OpenMP threads wait on each
    // other for a core). Hence the default: the cores other processes left idle while the model loaded, at least 1.
    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch threads the model scores with. Default: the cores that other programs left idle "
                    + "while the model was loading, at least 1.")
    private Integer threads;

    private final Loader loader;

    /** The option as the application runs it. */
    public ModelOption() {
        this.loader = null;
    }

    /** The option loading models with {@code loader} (tests give a fixture scorer). */
    ModelOption(Loader loader) {
        this.loader = loader;
    }

    /** Whether {@code --model} was given. */
    boolean given() {
        return dir != null;
    }

    /**
     * Loads the model to score with; close it when done.
     *
     * @throws IOException when there is no model, or it cannot be loaded; the message says which and why
     */
    public OpenModel open() throws IOException {
        if (threads != null && threads < 1) {
            throw new IOException("--threads must be at least 1 (got " + threads + ")");
        }
        return new OpenModel(loader != null ? loader.load(dir) : load(dir, threads));
    }

    /** The model of {@code dir} ({@code null}: the default model) scoring with {@code threads} engine threads. */
    static SentimentScorer load(Path dir, Integer threads) throws IOException {
        CpuTime before = CpuTime.now();
        SentimentScorer scorer = load(dir);
        // after loading: the engine's start sets its own count
        SentimentModel.useThreads(threads != null ? threads : idleCores(before, CpuTime.now()));
        return scorer;
    }

    /**
     * The cores other processes left idle between two samples (this process's own time, loading the model, left
     * out), at least 1; from the one-minute load average where /proc cannot be read.
     */
    static int idleCores(CpuTime before, CpuTime after) {
        int cores = Runtime.getRuntime().availableProcessors();
        double busy;
        if (before != null && after != null && after.total() - before.total() >= 20) {
            long others = (after.busy() - before.busy()) - (after.self() - before.self());
            busy = Math.max(0, others) * (double) cores / (after.total() - before.total());
        } else {
            busy = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (busy < 0) {
                return cores;
            }
        }
        return Math.max(1, Math.min(cores, cores - (int) Math.round(busy)));
    }

    /** Clock ticks the machine's processors spent busy and in all, and this process's ticks (Linux /proc). */
    record CpuTime(long busy, long total, long self) {
        /** Now, or null where /proc cannot be read. */
        static CpuTime now() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                long total = 0;
                // user nice system idle iowait irq softirq steal
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    long ticks = Long.parseLong(cpu[i]);
                    total += ticks;
                    if (i != 4 && i != 5) {
                        busy += ticks;
                    }
                }
                String stat = Files.readString(Path.of("/proc/self/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields from the third (state) on: utime is the 14th, stime the 15th
                return new CpuTime(busy, total, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The model of {@code dir} ({@code null}: the default model): the one method that knows the model classes. */
    static SentimentScorer load(Path dir) throws IOException {
        return load(dir, DEFAULT_MODEL);
    }

    /** {@link #load(Path)} with the default model looked up at {@code defaultResource} on the classpath. */
    static SentimentScorer load(Path dir, String defaultResource) throws IOException {
        if (dir == null) {
            ClassLoader classes = ModelOption.class.getClassLoader();
            if (classes.getResource(defaultResource + "/" + SentimentEnsemble.MANIFEST) != null) {
                return SentimentEnsemble.loadResource(defaultResource);
            }
            if (classes.getResource(defaultResource + "/classifier.json") == null) {
                throw new IOException("this build of humeur has no default model (" + DEFAULT_FOLDER + " was "
                        + "missing when it was built): give --model DIR, or train one with "
                        + "models/train-default-model.sh");
            }
            return SentimentModel.loadResource(defaultResource);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such model folder (a folder written by humeur classifier train)");
        }
        if (SentimentEnsemble.isEnsembleFolder(dir)) {
            return SentimentEnsemble.load(List.of(dir));
        }
        return SentimentEnsemble.loadFolder(dir);
    }

    /** A loaded model, closed (its native memory freed) with this. */
    public record OpenModel(SentimentScorer scorer) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (scorer instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException("cannot close the model " + scorer.name() + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
