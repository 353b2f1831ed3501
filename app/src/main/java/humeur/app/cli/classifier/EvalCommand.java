package humeur.app.cli.classifier;

import humeur.app.cli.ManPage;
import humeur.app.cli.corpus.HelpOption;
import humeur.classifier.SentimentEnsemble;
import humeur.classifier.eval.Evaluation;
import humeur.classifier.eval.EvaluationReport;
import humeur.corpora.labelled.LabelScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur classifier eval}: a trained classifier scored on labelled files. */
@Command(name = "eval", sortOptions = false, showDefaultValues = true,
        header = "Score a trained sentiment classifier on labelled data.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Loads the classifier in --model, scores every text of each --data file and compares with the labels: "
                    + "accuracy, macro-F1 (the mean of the classes' F1, which a majority class cannot inflate), "
                    + "precision and recall per class, the confusion matrix, the expected calibration error (how far "
                    + "the model's confidence is from its accuracy, over 15 confidence bins) and the mean "
                    + "cross-entropy, per file.",
            "",
            "Several --model folders (e.g. a forward and a backward classifier) are scored as one ensemble: the "
                    + "average of their probabilities. An ensemble folder (classifier folders beside an ensemble.txt "
                    + "that names them, one per line, each optionally followed by its weight in the average, as the "
                    + "default model ships) counts as its members. A folder may hold a ULMFiT classifier (humeur "
                    + "classifier train) or an n-gram one (humeur classifier ngrams).",
            "",
            "A file's classes follow --scheme; by default each file's own: three-class when it has a label 2, else "
                    + "binary. A three-class model scored on binary data "
                    + "is judged on P(positive) against P(negative); a binary model cannot be scored on three-class data.",
            "",
            "The report is a table, then per-class scores and confusion matrices; --json prints the same as JSON."},
        exitCodeList = {
            "0:Every file was scored.",
            "1:The model or a data file is missing or unreadable.",
            "2:The command line is wrong."},
        footer = {
            "  humeur classifier eval --model sentiment --data allocine/test.csv",
            "  humeur classifier eval --model tweets --data deft2017/val_text.txt --json",
            ManPage.ENVIRONMENT})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--model", paramLabel = "DIR", required = true, arity = "1..*",
            description = "The classifier folder (humeur classifier train's -o), or an ensemble folder (model folders "
                    + "beside an ensemble.txt naming them). Several folders are scored as an ensemble that averages "
                    + "their probabilities: ULMFiT's forward + backward models.")
    private List<Path> models;

    @Option(names = "--data", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Labelled files: CSV (text,label), TSV (label<TAB>text) or NAME_text.txt with NAME_labels.txt.")
    private List<Path> data;

    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "How the files write labels: binary (0/1), three-class (0/1/2) or auto (each file its own).")
    private String scheme = "auto";

    @Option(names = "--json", description = "Print the evaluation as JSON instead of tables.")
    private boolean json;

    @Mixin
    private Threads threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (SentimentEnsemble sentiment = SentimentEnsemble.load(models)) {
            threads.apply();
            int modelClasses = sentiment.classes().size();
            LabelScheme given = scheme(scheme); // null: each file its own
            List<Evaluation> evaluations = new ArrayList<>();
            for (Path file : data) {
                LabelledFile labelled = LabelledFile.read(file, given);
                if (labelled.classes().size() > modelClasses) {
                    throw new IOException(file + ": three-class data, but " + models.get(0) + " is a binary model");
                }
                evaluations.add(labelled.evaluate(sentiment));
            }
            if (json) {
                out.println(EvaluationReport.json(evaluations));
            } else {
                out.printf("model: %s%n%n", sentiment.identity());
                out.print(EvaluationReport.text(evaluations));
            }
            out.flush();
            return 0;
        }
    }

    private LabelScheme scheme(String name) {
        try {
            return LabelledFiles.scheme(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
