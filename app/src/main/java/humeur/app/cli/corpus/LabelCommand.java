package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;

import humeur.ingest.reviews.LabelReport;
import humeur.ingest.reviews.LabelScheme;
import humeur.ingest.reviews.ReviewLabels;
import humeur.ingest.reviews.ReviewsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code humeur corpus reviews label}: turns a review file into the labelled CSV the classifier trains on. */
@Command(name = "label", sortOptions = false, showDefaultValues = true,
        header = "Label reviews by their rating: a CSV (text,label) the classifier trains on.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads a review file (as 'scrape' writes it: one JSON review per line) and writes each review's text "
                    + "with a sentiment label taken from its rating out of 5. A rating at or below --negative-max "
                    + "(default 2) is negative, at or above --positive-min (default 4) positive, and everything in "
                    + "between is neutral: with the defaults, 2.5, 3 and 3.5. Neutral reviews are dropped unless "
                    + "--neutral keep.",
            "",
            "The CSV has the header text,label, the text quoted and on one line (its line breaks become spaces), "
                    + "as the labelled sets the classifier reads. Labels: 0 negative and 1 positive; with --neutral "
                    + "keep, 0 negative, 1 neutral and 2 positive (as in DEFT 2017).",
            "",
            "A review met twice (same site and id, e.g. two crawls put together) is written once. Lines that are "
                    + "not reviews are skipped and listed. A summary on stderr gives the balance of the classes and "
                    + "the spread of text lengths."},
        exitCodeList = {
            "0:The CSV was written (lines that are not reviews, if any, are listed).",
            "1:The review file or the output could not be used.",
            "2:The command line is wrong."},
        footer = {
            "  humeur corpus reviews label reviews.jsonl -o labelled.csv",
            "  humeur corpus reviews label --neutral keep reviews.jsonl -o three-classes.csv",
            "  humeur corpus reviews label --negative-max 1.5 --positive-min 4.5 \\",
            "      reviews.jsonl > strict.csv",
            ManPage.ENVIRONMENT})
public final class LabelCommand implements Callable<Integer> {

    /** What to do with reviews rated between negative and positive. */
    enum Neutral { keep, drop }

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the CSV (replaced if it exists). Default: standard output.")
    private Path output;

    @Option(names = "--neutral", paramLabel = "keep|drop", defaultValue = "drop",
            description = "Keep neutral reviews as a third class, or drop them.")
    private Neutral neutral;

    @Option(names = "--negative-max", paramLabel = "RATING", defaultValue = "2",
            description = "The highest rating (out of 5) that is negative.")
    private double negativeMax;

    @Option(names = "--positive-min", paramLabel = "RATING", defaultValue = "4",
            description = "The lowest rating (out of 5) that is positive.")
    private double positiveMin;

    @Parameters(paramLabel = "REVIEWS", description = "The review file (JSON Lines) to label.")
    private Path reviews;

    @Override
    public Integer call() throws IOException {
        LabelScheme scheme;
        try {
            scheme = new LabelScheme(negativeMax, positiveMin, neutral == Neutral.keep);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--negative-max must be below --positive-min, both "
                    + "between 0 and 5 (got " + negativeMax + " and " + positiveMin + ")");
        }
        LabelReport report;
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            report = ReviewLabels.write(reviews, scheme, out);
        } else {
            report = writeFile(scheme);
        }
        new LabelSummary(spec.commandLine().getErr()).print(report, reviews, output);
        return 0;
    }

    // Written aside and renamed over: an interrupted run leaves the previous CSV, not half of a new one.
    private LabelReport writeFile(LabelScheme scheme) throws IOException {
        Path temp = output.resolveSibling(output.getFileName() + ".tmp");
        LabelReport report;
        try {
            try (Writer csv = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                report = ReviewLabels.write(reviews, scheme, csv);
            }
            try {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ReviewsException e) {
            Files.deleteIfExists(temp);
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new ReviewsException(output + ": cannot be written (" + (e instanceof NoSuchFileException
                    ? "no such folder" : e instanceof AccessDeniedException ? "permission denied" : e.getMessage())
                    + ")", e);
        }
        return report;
    }
}
