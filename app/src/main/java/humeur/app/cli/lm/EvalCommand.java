package humeur.app.cli.lm;

import ai.djl.ndarray.NDManager;
import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.TokenFile;
import humeur.lm.train.TrainableLanguageModel;
import humeur.lm.train.Validation;
import humeur.lm.train.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code humeur lm eval}: a saved language model scored on held-out text. */
@Command(name = "eval", sortOptions = false, showDefaultValues = true,
        header = "Score a language model on a token file: loss, perplexity, accuracy, bits per character.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads --data, which must be tokenised with the model's own vocabulary (the copy in DIR/vocabulary, "
                    + "or DIR/subwords.model for a subword model), in the model's direction, and prints: the mean cross-entropy per token (nats), the perplexity "
                    + "exp(loss), the share of next tokens the model ranked first, and bits per character, which "
                    + "unlike perplexity compares word and subword models. No dropout; the hidden state runs through "
                    + "the file and is reset once at the start.",
            "",
            "Anchors (ulmfit-recipe.md): a French AWD-LSTM with 60k words reached 36.4 %% accuracy and perplexity "
                    + "25.6 on Wikipedia; MultiFiT's subword QRNN 43.8 %%."},
        exitCodeList = {
            "0:The scores are printed.",
            "1:The model or the file is missing, or the file was made with another vocabulary.",
            "2:The command line is wrong."},
        footer = {
            "  humeur lm eval --model lm --data valid.tok",
            "  humeur lm eval --model lm --data valid.tok --json",
            ManPage.ENVIRONMENT})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "The model folder (lm pretrain's or lm finetune's -o).")
    private Path model;

    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The token file to score.")
    private Path data;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "16",
            description = "Rows scored together; it changes where the text is cut, so scores move slightly with it.")
    private int batch;

    @Option(names = "--bptt", paramLabel = "N", defaultValue = "70", description = "Tokens per row and step.")
    private int bptt;

    @Option(names = "--json", description = "Print one JSON object instead of a line.")
    private boolean json;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (NDManager manager = NDManager.newBaseManager()) {
            threads.apply();
            ModelDirectory.Saved saved = new ModelDirectory(model).load(manager);
            TokenFile file = saved.vocabulary().open(data);
            LanguageModelBatches.Options options = LanguageModelBatches.Options.of(batch, bptt);
            LanguageModelBatches batches = TrainingRun.batches(file, saved.backward() ? options.withBackward() : options);
            ValidationResult result = Validation.evaluate(new TrainableLanguageModel(saved.model()), manager, batches,
                    saved.vocabulary().characters(file));
            if (json) {
                out.println(String.format(Locale.ROOT, "{\"model\":\"%s\",\"data\":\"%s\",\"loss\":%.6f,\"perplexity\":%.4f,"
                                + "\"accuracy\":%.6f,\"bits_per_character\":%.6f,\"tokens\":%d}", jsonString(model),
                        jsonString(data), result.loss(), result.perplexity(), result.accuracy(), result.bitsPerCharacter(),
                        result.tokens()));
            } else {
                out.printf("%s on %s: %s%n", model, data, result);
            }
        }
        return 0;
    }

    private static String jsonString(Path path) {
        StringBuilder s = new StringBuilder();
        for (char c : path.toString().toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
