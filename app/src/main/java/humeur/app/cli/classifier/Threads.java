package humeur.app.cli.classifier;

import humeur.classifier.SentimentModel;
import picocli.CommandLine.Option;

/** {@code --threads}, the engine's intra-op threads, for the classifier commands (as lm's ThreadsOption). */
public final class Threads {
    @Option(names = "--threads", paramLabel = "N",
            description = "PyTorch threads; the default is this computer's core count. Small models run as fast on 1 or 2.")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Applies the thread count; call it once the engine is loaded (after the first NDManager), or it is reset. */
    void apply() {
        SentimentModel.useThreads(threads);
    }
}
