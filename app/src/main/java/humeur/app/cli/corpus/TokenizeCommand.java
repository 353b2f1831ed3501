package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;
import humeur.corpora.tokens.CorpusSources;
import humeur.corpora.tokens.CorpusTokenizer;
import humeur.corpora.tokens.TextEncoder;
import humeur.lm.data.TokenFile;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur corpus tokenize}: corpora to a token-id file for language-model training. */
@Command(name = "tokenize", sortOptions = false, showDefaultValues = true,
        header = "Turn corpora into a token-id file for language-model training.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads each INPUT (prose: *.txt, *.txt.gz, Tatoeba *.tsv, one paragraph or sentence per line; a French "
                    + "Wikipedia dump *wiki*.xml.bz2; the texts of a labelled set *.csv or *_text.txt; or a folder of "
                    + "them), tokenises every paragraph with humeur's French chat tokeniser on every core, and writes "
                    + "the token ids, one document per paragraph starting with xxbos, to a compact memory-mapped file.",
            "",
            "Word ids come from --vocab: an existing vocabulary file is used as it is; a missing one is built first "
                    + "from the inputs (--max-vocab most frequent tokens seen at least --min-freq times, after the "
                    + "special tokens) and saved there. Subword ids come from a SentencePiece model (--subwords).",
            "",
            "Running it again on unchanged inputs (same paths, sizes and modification times) with the same "
                    + "vocabulary returns at once. The output is written to a temporary file and renamed when "
                    + "complete: an interrupted run never leaves a file that looks finished."},
        exitCodeList = {
            "0:The token file is written, or was already up to date.",
            "1:An input, the vocabulary or the output could not be used.",
            "2:The command line is wrong."},
        footer = {
            "  humeur corpus tokenize --vocab lm.vocab -o lm.tok ../shared/data/lm",
            "  humeur corpus tokenize --vocab lm.vocab -o informal.tok ../shared/data/informal",
            "  humeur corpus tokenize --subwords fr15k.model -o lm-sp.tok frwiki-latest-pages-articles.xml.bz2",
            ManPage.ENVIRONMENT})
public final class TokenizeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Corpus files or folders, read in this order.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The token-id file to write.")
    private Path output;

    @Option(names = "--vocab", paramLabel = "FILE",
            description = "The word vocabulary (one token per line): used if it exists, else built and saved there. "
                    + "Default: the output's name with .vocab.")
    private Path vocab;

    @Option(names = "--max-vocab", paramLabel = "N", defaultValue = "60000",
            description = "Largest vocabulary built, special tokens included.")
    private int maxVocab;

    @Option(names = "--min-freq", paramLabel = "N", defaultValue = "3",
            description = "Fewest occurrences for a token to enter a built vocabulary.")
    private int minFrequency;

    @Option(names = "--subwords", paramLabel = "MODEL",
            description = "A SentencePiece model trained by humeur: subword ids instead of word ids.")
    private Path subwords;

    @Option(names = "--threads", paramLabel = "N", description = "Tokenising threads. Default: the number of cores.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = CorpusSources.files(inputs);
        try (FileProgress progress = FileProgress.forThisProcess(files)) {
            CorpusTokenizer tokenizer = new CorpusTokenizer(threads, progress);
            CorpusTokenizer.Result result;
            if (subwords != null) {
                try (SubwordTokenizer model = SubwordTokenizer.load(subwords)) {
                    result = tokenizer.tokenize(files, TextEncoder.subwords(model, subwords), output);
                }
            } else {
                Path vocabFile = vocab != null ? vocab : Path.of(output + ".vocab");
                Vocabulary vocabulary = vocabulary(vocabFile, tokenizer, files, progress, out);
                result = tokenizer.tokenize(files, TextEncoder.words(vocabulary, vocabFile), output);
            }
            progress.close();
            report(out, result);
        }
        return 0;
    }

    private Vocabulary vocabulary(Path file, CorpusTokenizer tokenizer, List<Path> files, FileProgress progress,
                                  PrintWriter out) throws IOException {
        if (Files.exists(file)) {
            Vocabulary vocabulary = Vocabulary.load(file);
            out.printf("vocabulary: %s (%,d tokens)%n", file, vocabulary.size());
            return vocabulary;
        }
        progress.restart("counting");
        TokenCounts counts = tokenizer.count(files);
        Vocabulary vocabulary = Vocabulary.build(counts, maxVocab, minFrequency);
        vocabulary.save(file);
        out.printf("vocabulary: built from %,d tokens (%,d distinct), kept %,d in %s%n", counts.total(), counts.distinct(),
                vocabulary.size(), file);
        progress.restart("tokenising");
        return vocabulary;
    }

    private void report(PrintWriter out, CorpusTokenizer.Result result) throws IOException {
        if (result.upToDate()) {
            out.printf("%s is up to date (%,d tokens, %,d documents): nothing to do%n", output, result.tokens(), result.documents());
            return;
        }
        TokenFile file = TokenFile.open(output);
        long unknown = 0;
        int[] buffer = new int[1 << 16];
        for (long at = 0; at < file.size(); at += buffer.length) {
            int n = (int) Math.min(buffer.length, file.size() - at);
            file.read(at, buffer, 0, n);
            for (int i = 0; i < n; i++) {
                unknown += buffer[i] == Vocabulary.UNK_ID ? 1 : 0;
            }
        }
        out.printf("%s: %,d tokens in %,d documents, %.2f %% unknown (xxunk)%n", output, result.tokens(),
                result.documents(), result.tokens() == 0 ? 0.0 : 100.0 * unknown / result.tokens());
        if (result.skipped().total() > 0) {
            out.printf("skipped: %s%n", result.skipped());
        }
    }
}
