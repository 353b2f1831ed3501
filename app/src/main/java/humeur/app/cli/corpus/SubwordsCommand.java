package humeur.app.cli.corpus;

import humeur.app.cli.ManPage;
import humeur.corpora.tokens.CorpusSources;
import humeur.corpora.tokens.CorpusTexts;
import humeur.lm.text.SubwordModelTrainer;
import humeur.lm.text.SubwordTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur corpus subwords}: trains a SentencePiece subword model on corpora. */
@Command(name = "subwords", sortOptions = false, showDefaultValues = true,
        header = "Train a SentencePiece subword model (MultiFiT's unigram set-up) on corpora.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        parameterListHeading = ManPage.ARGUMENTS, optionListHeading = ManPage.OPTIONS,
        exitCodeListHeading = ManPage.EXIT_STATUS, footerHeading = ManPage.EXAMPLES,
        description = {
            "Reads each INPUT as 'humeur corpus tokenize' does, normalises it with humeur's French chat tokeniser "
                    + "(the xxmaj, xxup, xxrep… rules), and trains a SentencePiece unigram model on the result with "
                    + "spm_train, as MultiFiT does: 15,000 pieces, character coverage 0.99999. The special tokens "
                    + "come first, with the ids of the word vocabularies; rare characters fall back to bytes, so no "
                    + "text is ever unknown. Writes PREFIX.model (and PREFIX.vocab, for reading).",
            "",
            "Needs SentencePiece's spm_train (Debian package sentencepiece; lm/scripts/install-sentencepiece.sh "
                    + "installs it). It samples at most --max-texts paragraphs and holds them in memory: about 2 GB "
                    + "for a million."},
        exitCodeList = {
            "0:The model was written.",
            "1:An input could not be read, spm_train is missing, or it failed.",
            "2:The command line is wrong."},
        footer = {
            "  humeur corpus subwords -o fr15k ../shared/data/lm ../shared/data/informal",
            "  humeur corpus tokenize --subwords fr15k.model -o lm-sp.tok ../shared/data/lm",
            ManPage.ENVIRONMENT})
public final class SubwordsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Corpus files or folders.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PREFIX", required = true,
            description = "Where to write the model: PREFIX.model and PREFIX.vocab.")
    private Path prefix;

    @Option(names = "--pieces", paramLabel = "N", defaultValue = "15000", description = "Pieces to learn.")
    private int pieces;

    @Option(names = "--character-coverage", paramLabel = "SHARE", defaultValue = "0.99999",
            description = "Share of characters that get pieces of their own.")
    private double coverage;

    @Option(names = "--max-texts", paramLabel = "N", defaultValue = "1000000",
            description = "Most paragraphs spm_train samples.")
    private long maxTexts;

    @Option(names = "--spm-train", paramLabel = "PATH", description = "The spm_train program. Default: found on the PATH.")
    private Path spmTrain;

    @Override
    public Integer call() throws IOException {
        Path program = spmTrain != null ? spmTrain : SubwordModelTrainer.findSpmTrain().orElseThrow(() -> new IOException(
                "spm_train not found: install SentencePiece (lm/scripts/install-sentencepiece.sh, or apt-get install sentencepiece)"));
        List<Path> files = CorpusSources.files(inputs);
        SubwordModelTrainer trainer = SubwordModelTrainer.using(program).withVocabSize(pieces)
                .withCharacterCoverage(coverage).withMaxTexts(maxTexts);
        Path model;
        try {
            model = trainer.train(new CorpusTexts(files), prefix);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while spm_train was running");
        }
        try (SubwordTokenizer loaded = SubwordTokenizer.load(model)) {
            spec.commandLine().getOut().printf("%s: %,d pieces%n", model, loaded.size());
        }
        return 0;
    }
}
