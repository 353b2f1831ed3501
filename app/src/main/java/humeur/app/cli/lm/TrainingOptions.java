package humeur.app.cli.lm;

import humeur.lm.model.Architecture;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options {@code lm pretrain} and {@code lm finetune} share: data, batches, optimiser, checkpoints. */
public final class TrainingOptions {
    @Option(names = "--train", paramLabel = "FILE", required = true,
            description = "The training token file (humeur corpus tokenize), made with --vocab.")
    Path train;

    @Option(names = "--valid", paramLabel = "FILE",
            description = "A held-out token file made with --vocab: scored after every epoch and at the end "
                    + "(loss, perplexity, next-token accuracy, bits per character). Without it nothing is scored.")
    Path valid;

    @Option(names = "--vocab", paramLabel = "FILE", required = true,
            description = "The vocabulary the token files were made with: a word vocabulary, or a subword model "
                    + "(a .model file from humeur corpus subwords). A copy is saved beside the model.")
    Path vocab;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The model folder: the model and its vocabulary at the end, checkpoints in DIR/checkpoints.")
    Path output;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Rows per batch (fastai's default 64; MultiFiT pretrained with 50).")
    int batch;

    @Option(names = "--bptt", paramLabel = "N", defaultValue = "70",
            description = "Tokens per row and step of truncated backpropagation through time (fastai and MultiFiT: 70). "
                    + "Training windows vary around it, as in AWD-LSTM, so every epoch cuts the text differently.")
    int bptt;

    @Option(names = "--wd", paramLabel = "X", defaultValue = "0.01",
            description = "Adam's decoupled weight decay (fastai's 0.01, the low end of the range 0.01 to 0.1). Biases are not decayed.")
    float weightDecay;

    @Option(names = "--clip", paramLabel = "X",
            description = "Gradient norm clipping. Default: 0.12 for a QRNN (MultiFiT), 0.4 for an AWD-LSTM "
                    + "(the top of the range 0.1 to 0.4 used for language models).")
    Float clip;

    @Option(names = "--backward", description = "Read the text backwards, for a backward model to ensemble with a "
            + "forward one (ULMFiT's forward + backward: about +0.5-1 point of classifier accuracy).")
    boolean backward;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seeds the initial weights, the document order and the dropout masks: the same seed and "
                    + "options give the same model.")
    long seed;

    @Option(names = "--checkpoint-every", paramLabel = "MINUTES", defaultValue = "10",
            description = "Minutes between checkpoints (weights, optimiser state, schedule and data position). "
                    + "A checkpoint is also written when training stops early.")
    double checkpointMinutes;

    @Option(names = "--resume", description = "Continue from the latest checkpoint in DIR/checkpoints: it ends with the "
            + "same model as an uninterrupted run. The options must be those of the run that wrote it (they are checked "
            + "against DIR/run-settings.txt); only --threads, --checkpoint-every and --stop-after may change.")
    boolean resume;

    @Option(names = "--stop-after", paramLabel = "STEPS",
            description = "Stop after this many steps (counted from the start of the run, not of this call) and "
                    + "checkpoint, keeping the schedule of the whole run: --resume continues it. For trying settings, "
                    + "or cutting a long run into sessions.")
    Long stopAfter;

    /** The clipping threshold: the one given, else the recipe's value for {@code architecture}. */
    float clip(Architecture architecture) {
        return clip != null ? clip : architecture == Architecture.QRNN ? 0.12f : 0.4f;
    }
}
