package humeur.app.cli.classifier;

import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.classifier.NgramClassifier;
import humeur.classifier.eval.Evaluation;
import humeur.classifier.train.LabelledExample;
import humeur.corpora.labelled.LabelScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code humeur classifier ngrams}: the n-gram logistic regression that sits beside the ULMFiT classifiers. */
@Command(name = "ngrams", sortOptions = false, showDefaultValues = true,
        header = "Train an n-gram logistic-regression sentiment classifier (the ensemble's third member).",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Trains L2-regularised logistic regression (liblinear, one class against the others) on the TF-IDF of "
                    + "each text's word unigrams and bigrams (tokens from the French chat tokeniser) and of the "
                    + "character 2- to 5-grams inside each word (misspelt, elongated and unseen words), keeping the "
                    + "n-grams in at least --min-count training texts (sublinear term frequency; each of the two "
                    + "blocks unit length). It trains once per --cost and keeps the cost whose model gets the most "
                    + "--dev texts right (the smaller cost on a tie). Seconds, not hours: no language model is involved.",
            "",
            "Alone it is the classical baseline. In the default model it is a member of the ensemble beside the "
                    + "forward and backward ULMFiT classifiers: it reads words where they read sentences, so their "
                    + "errors differ, and a weighted average of the three is right more often than any of them "
                    + "(BENCHMARKS.md). Its folder can be given to classifier eval, score and analyze like any other.",
            "",
            "Labelled files and --scheme are read as classifier train reads them."},
        exitCodeList = {
            "0:The model was trained and saved.",
            "1:A data file is missing, unreadable or has no labelled text.",
            "2:The command line is wrong."},
        footer = {
            "  humeur classifier ngrams --train allocine/train.csv tvseries/train.tsv deft2017/train_text.txt \\",
            "      --dev tvseries/dev.tsv deft2017/val_text.txt -o models/work/ngrams",
            ManPage.ENVIRONMENT})
public final class NgramsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--train", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Labelled training files (CSV, TSV or NAME_text.txt, as for classifier train).")
    private List<Path> train;

    @Option(names = "--dev", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Labelled development files: the cost that gets most of their texts right is kept.")
    private List<Path> dev;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The model folder: ngrams.properties, features.tsv, model.liblinear and MODEL.md.")
    private Path output;

    @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "auto",
            description = "binary, three-class, or auto (each file its own; three-class when any training file is).")
    private String scheme;

    @Option(names = "--cost", paramLabel = "C", split = ",", defaultValue = "1,3,10,30,100",
            description = "liblinear's C values to try (larger fits the training texts more closely).")
    private List<Double> costs;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "2",
            description = "Keep the n-grams found in at least N training texts.")
    private int minCount;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The model's name, stored with every score it gives. Default: the -o folder's name.")
    private String name;

    @Override
    public Integer call() throws IOException {
        if (minCount < 1 || costs.stream().anyMatch(c -> !(c > 0) || c.isInfinite())) {
            throw new ParameterException(spec.commandLine(), "--min-count must be at least 1 and each --cost positive");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new IOException(output + ": not a folder (-o names the folder the model is written to)");
        }
        LabelScheme labels = scheme();
        List<String> classes = LabelledFiles.classes(labels != null ? labels : LabelledFiles.schemeOf(train));
        List<LabelledExample> examples = LabelledFiles.examples(train, labels, classes);
        if (examples.isEmpty()) {
            throw new IOException(train + ": no labelled examples");
        }
        List<LabelledFile> devFiles = new ArrayList<>();
        for (Path file : dev) {
            devFiles.add(LabelledFile.read(file, labels));
        }
        String modelName = name != null ? name : output.toAbsolutePath().normalize().getFileName().toString();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("training: %,d texts, classes %s; dev: %,d texts%n", examples.size(), classes,
                devFiles.stream().mapToInt(f -> f.texts().size()).sum());
        NgramClassifier best = null;
        int bestRight = -1;
        StringBuilder table = new StringBuilder("| cost | dev right | " + String.join(" | ",
                dev.stream().map(p -> p.getFileName().toString()).toList()) + " |\n|---:|---:|"
                + "---:|".repeat(dev.size()) + "\n");
        for (double cost : costs) {
            NgramClassifier model = NgramClassifier.train(examples, classes, cost, minCount, modelName);
            int right = 0;
            StringBuilder row = new StringBuilder();
            for (LabelledFile file : devFiles) {
                Evaluation evaluation = file.evaluate(model);
                right += (int) Math.round(evaluation.accuracy() * evaluation.examples());
                row.append(String.format(Locale.ROOT, " %.2f %% |", 100 * evaluation.accuracy()));
            }
            String line = String.format(Locale.ROOT, "| %s | %d |%s%n", cost, right, row);
            out.print(line);
            out.flush();
            table.append(line);
            if (right > bestRight) {
                best = model;
                bestRight = right;
            }
        }
        best.save(output);
        Files.writeString(output.resolve("MODEL.md"), card(best, table.toString()), StandardCharsets.UTF_8);
        out.printf("saved: %s (cost %s, %,d n-grams; %d dev texts right)%n", output, best.cost(), best.featureCount(),
                bestRight);
        return 0;
    }

    private String card(NgramClassifier model, String table) {
        return "# " + model.name() + "\n\n"
                + "n-gram sentiment classifier: L2-regularised logistic regression (liblinear) on TF-IDF word unigrams "
                + "and bigrams and character 2- to 5-grams inside words, written by humeur classifier ngrams.\n\n"
                + "- classes: " + String.join(", ", model.classes()) + "\n"
                + "- n-grams: " + model.featureCount() + " (in at least " + minCount + " training texts)\n"
                + "- cost (liblinear C): " + model.cost() + ", the best of " + costs + " on the dev files\n"
                + "- training files: " + String.join(", ", train.stream().map(Path::toString).toList()) + "\n"
                + "- dev files: " + String.join(", ", dev.stream().map(Path::toString).toList()) + "\n\n"
                + "## Dev accuracy by cost\n\n" + table;
    }

    private LabelScheme scheme() {
        try {
            return LabelledFiles.scheme(scheme);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
