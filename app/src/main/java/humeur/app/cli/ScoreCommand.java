package humeur.app.cli;

import humeur.app.score.BatchScorer;
import humeur.app.score.InputFormat;
import humeur.app.score.InputWarnings;
import humeur.app.score.OutputFormat;
import humeur.app.score.ScoreOutput;
import humeur.app.score.TextInput;
import humeur.app.score.TextInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur score}: scores texts from files or standard input, one output record per text, in input order. */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false, showDefaultValues = true,
        header = "Score texts for sentiment: from text, CSV, TSV or JSON Lines files, or standard input.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads texts and writes, for each, its sentiment: the label (negative, neutral or positive), the score "
                    + "(P(positive) - P(negative), from -1 to 1) and the three probabilities, with the file and line "
                    + "the text was read from. Records come out in input order, one per text.",
            "",
            "The format of a FILE comes from its name: .txt is one text per line (every line, blank ones "
                    + "included, so the n-th record is the n-th line); .csv and .tsv have a header line and the "
                    + "texts in the column \"text\" (or the one --column names); .jsonl has one JSON object per "
                    + "line with the text in its field \"text\" (or --column). A CSV text may span lines, quoted; "
                    + "a TSV has no quoting. Standard input (- or no FILE) is one text per line unless "
                    + "--input-format says otherwise.",
            "",
            "Files are read as UTF-8; invalid bytes are replaced by \uFFFD and the line is named in a warning, "
                    + "and the text is still scored. A JSON line that is not an object with a \"text\" string, a "
                    + "CSV record without the column, or a line over 4,000,000 characters is skipped with a "
                    + "warning naming the file and line; the others go on. Empty texts, emoji and any script are "
                    + "scored as they are. A summary on stderr ends the run.",
            "",
            "Texts are read and scored in batches, so memory stays small for inputs of any size. A progress bar "
                    + "on stderr follows large inputs when it is a terminal. Ctrl-C stops after the batch being "
                    + "scored: the output then ends with a whole record."},
        exitCodeList = {
            "0:Every input was read (skipped lines, if any, were warned about).",
            "1:Some input or the output could not be used, or there is no model (see the message).",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): the output holds the texts scored before, each record whole."},
        footer = {
            "  humeur score messages.txt",
            "  humeur score --format csv -o scored.csv reviews.csv",
            "  humeur score --column body posts.jsonl | jq -r 'select(.score < -0.5).text'",
            "  echo \"Trop bien, merci !\" | humeur score",
            ManPage.ENVIRONMENT})
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOption model;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "The output format: JSON Lines ({\"file\", \"line\", \"text\", \"label\", \"score\", "
                    + "\"probabilities\": {\"negative\", \"neutral\", \"positive\"}}), or CSV with the header "
                    + "file,line,text,label,score,negative,neutral,positive. The file of standard input is -.")
    private OutputFormat format;

    @Option(names = "--column", paramLabel = "NAME", defaultValue = "text",
            description = "The CSV or TSV column, or the JSON field, holding the texts.")
    private String column;

    @Option(names = "--input-format", paramLabel = "txt|csv|tsv|jsonl",
            description = "The format of every input, whatever its name. Default: from the file name; "
                    + "txt for standard input.")
    private InputFormat inputFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the records (replaced if it exists). Default: standard output.")
    private Path output;

    // The model sorts each batch by length into rows of similar lengths: out of 1,024 chat messages the padding it
    // computes is 6 % of the real tokens, out of 256 it is 20 % (BENCHMARKS.md, "Scoring"); memory stays small.
    static final int DEFAULT_BATCH_SIZE = 1024;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + DEFAULT_BATCH_SIZE,
            description = "Texts scored together. Larger batches may be faster on a GPU; smaller ones use less "
                    + "memory.")
    private int batchSize;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files of texts to score; - is standard input. Default: standard input.")
    private List<String> files;

    private final InputStream stdin;

    /** The command as the application runs it. */
    public ScoreCommand() {
        this(System.in);
    }

    /** The command reading standard input from {@code stdin}. */
    ScoreCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1 (got " + batchSize + ")");
        }
        if (files == null || files.isEmpty()) {
            files = List.of("-");
        }
        PrintWriter err = spec.commandLine().getErr();
        InputWarnings warnings = new InputWarnings(err);
        TextInputs inputs = new TextInputs(column, warnings);
        int failed = 0;
        long scored = 0;
        try (ModelOption.OpenModel open = model.open();
             Writer out = openOutput();
             ScoreOutput records = format.writingTo(out);
             BatchScorer scorer = new BatchScorer(open.scorer(), batchSize);
             ScoreInterrupt guard = ScoreInterrupt.install(scorer);
             ScoreProgressBar bar = ScoreProgressBar.start(ScoringBar.terminal(), totalBytes())) {
            try {
                long bytesBefore = 0;
                for (String file : files) {
                    if (scorer.isStopped()) {
                        break;
                    }
                    bar.nextInput(bytesBefore);
                    try (TextInput input = file.equals("-") ? inputs.open(stdin, stdinFormat())
                            : inputs.open(Path.of(file), inputFormat)) {
                        try {
                            scored += scorer.run(input, records, bar);
                        } finally {
                            bytesBefore += input.bytesRead();
                        }
                    } catch (IOException e) {
                        failed++;
                        err.println("humeur: " + e.getMessage());
                        err.flush();
                    }
                }
                records.endBatch();
                summary(err, scored, warnings, scorer.isStopped());
            } finally {
                guard.finished();
            }
            return scorer.isStopped() ? 130 : failed == 0 ? 0 : 1;
        }
    }

    private InputFormat stdinFormat() {
        return inputFormat != null ? inputFormat : InputFormat.txt;
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new Unclosed(spec.commandLine().getOut());
        }
        try {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException(output + ": cannot be written (no such folder)", e);
        } catch (AccessDeniedException e) {
            throw new IOException(output + ": cannot be written (permission denied)", e);
        }
    }

    /** The bytes of all the input files, or -1 when standard input is among them. */
    private long totalBytes() {
        long total = 0;
        for (String file : files) {
            if (file.equals("-")) {
                return -1;
            }
            try {
                total += Files.size(Path.of(file));
            } catch (IOException | RuntimeException e) {
                // Reported when the file is opened.
            }
        }
        return total;
    }

    private static void summary(PrintWriter err, long scored, InputWarnings warnings, boolean interrupted) {
        StringBuilder line = new StringBuilder(interrupted ? "interrupted: " : "")
                .append("scored ").append(ImportSummary.count(scored)).append(scored == 1 ? " text" : " texts")
                .append(", skipped ").append(ImportSummary.count(warnings.skippedCount()))
                .append(warnings.skippedCount() == 1 ? " line" : " lines");
        if (warnings.warningCount() > 0) {
            line.append(" (").append(ImportSummary.count(warnings.warningCount()))
                    .append(warnings.warningCount() == 1 ? " warning" : " warnings").append(")");
        }
        if (interrupted) {
            err.println();
        }
        err.println(line);
        err.flush();
    }

    /** Standard output as the records' writer: flushed when they are closed, but left open for picocli. */
    private static final class Unclosed extends Writer {
        private final PrintWriter out;

        Unclosed(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            out.write(buffer, offset, length);
        }

        @Override
        public Writer append(CharSequence text) {
            out.append(text);
            return this;
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            out.flush();
        }
    }
}
