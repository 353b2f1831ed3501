package humeur.app.cli.lm;

import ai.djl.ndarray.NDManager;
import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.lm.model.LanguageModelSampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code humeur lm generate}: French text sampled from a language model, the quickest check a person can read. */
@Command(name = "generate", sortOptions = false, showDefaultValues = true,
        header = "Sample French text from a language model.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Tokenises --prompt like the training text, runs the model over it, then draws --tokens tokens one at a "
                    + "time, each fed back in, and prints the prompt and its continuation as text. Unknown and "
                    + "padding tokens are never drawn. The same --seed gives the same text.",
            "",
            "--temperature 0.8 and --top-k 40 are the usual compromise for sampling language models: 1.0 and 0 "
                    + "draw from the model's full distribution (varied, often incoherent), lower values keep to its "
                    + "likeliest words (coherent, repetitive)."},
        exitCodeList = {
            "0:The text is printed.",
            "1:The model is missing or damaged, or reads text backwards.",
            "2:The command line is wrong."},
        footer = {
            "  humeur lm generate --model lm --prompt 'Hier soir, on est allés'",
            "  humeur lm generate --model chats-lm --tokens 100 --temperature 1 --top-k 0",
            ManPage.ENVIRONMENT})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--model", paramLabel = "DIR", required = true, description = "The model folder (lm pretrain's or lm finetune's -o).")
    private Path model;

    @Option(names = "--prompt", paramLabel = "TEXT", showDefaultValue = Visibility.NEVER,
            description = "The beginning of the text. Without it the model starts a text of its own.")
    private String prompt = "";

    @Option(names = "--tokens", paramLabel = "N", defaultValue = "50", description = "Tokens to draw after the prompt.")
    private int tokens;

    @Option(names = "--temperature", paramLabel = "X", defaultValue = "0.8",
            description = "Divides the logits before drawing: below 1 sharpens the distribution, above 1 flattens it.")
    private double temperature;

    @Option(names = "--top-k", paramLabel = "N", defaultValue = "40",
            description = "Draw only among the N likeliest tokens; 0 keeps them all.")
    private int topK;

    @Option(names = "--seed", paramLabel = "N", description = "Seeds the draws. Default: a new seed each run.")
    private Long seed;

    @Mixin
    private ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        if (tokens < 0 || !(temperature > 0) || topK < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--tokens and --top-k must be >= 0 and --temperature > 0");
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            threads.apply();
            ModelDirectory.Saved saved = new ModelDirectory(model).load(manager);
            if (saved.backward()) {
                throw new IOException(model + " reads text backwards: generate from a forward model");
            }
            LanguageModelSampler sampler = new LanguageModelSampler(saved.model(), saved.vocabulary().tokenization(), manager);
            long drawSeed = seed != null ? seed : System.nanoTime();
            spec.commandLine().getOut().println(sampler.sample(prompt, tokens, temperature, topK, drawSeed));
        }
        return 0;
    }
}
