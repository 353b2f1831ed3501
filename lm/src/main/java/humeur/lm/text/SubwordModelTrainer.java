package humeur.lm.text;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Trains a SentencePiece unigram model for {@link SubwordTokenizer} by running Debian's {@code spm_train}
 * ({@code lm/scripts/install-sentencepiece.sh} installs it): DJL can apply a model but not train one. The texts are
 * analysed by {@link FrenchTokenizer} first, so pieces are learnt on the same normalised tokens they will encode.
 * MultiFiT's settings by default: 15,000 pieces, character coverage 0.99999. The special tokens get ids 0-8 in fastai's
 * order, then {@code xxurl}, {@code xxemail}, {@code @user}; all are control symbols, which SentencePiece never finds
 * inside text ({@code fooxxmajbar} stays a word). Characters too rare for a piece of their own fall back to their UTF-8
 * bytes, so no text ever encodes to {@code xxunk}. Immutable: each {@code with…} returns a copy.
 */
public final class SubwordModelTrainer {
    private static final List<String> SYMBOLS = List.of(SpecialTokens.BOS, SpecialTokens.EOS, SpecialTokens.FLD,
            SpecialTokens.REP, SpecialTokens.WREP, SpecialTokens.UP, SpecialTokens.MAJ, LinkFilter.URL, LinkFilter.EMAIL,
            MentionFilter.USER);

    private final Path spmTrain;
    private final int vocabSize;
    private final double characterCoverage;
    private final long maxTexts;
    private final int threads;

    private SubwordModelTrainer(Path spmTrain, int vocabSize, double characterCoverage, long maxTexts, int threads) {
        this.spmTrain = spmTrain;
        this.vocabSize = vocabSize;
        this.characterCoverage = characterCoverage;
        this.maxTexts = maxTexts;
        this.threads = threads;
    }

    /** A trainer running the {@code spm_train} at {@code spmTrain}, with MultiFiT's settings and all cores. */
    public static SubwordModelTrainer using(Path spmTrain) {
        return new SubwordModelTrainer(spmTrain, 15_000, 0.99999, 2_000_000, Runtime.getRuntime().availableProcessors());
    }

    /** The {@code spm_train} found on the {@code PATH}, if any. */
    public static Optional<Path> findSpmTrain() {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "spm_train"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The number of pieces to learn (a soft limit: a small corpus may yield fewer). */
    public SubwordModelTrainer withVocabSize(int pieces) {
        if (pieces <= SYMBOLS.size() + 2 + 256) {
            throw new IllegalArgumentException("vocabulary size " + pieces + " leaves no room beside the special and byte pieces");
        }
        return new SubwordModelTrainer(spmTrain, pieces, characterCoverage, maxTexts, threads);
    }

    /** The share of characters that get pieces of their own; the rest fall back to bytes. */
    public SubwordModelTrainer withCharacterCoverage(double coverage) {
        return new SubwordModelTrainer(spmTrain, vocabSize, coverage, maxTexts, threads);
    }

    /** How many texts {@code spm_train} samples at most (it holds them all in memory). */
    public SubwordModelTrainer withMaxTexts(long texts) {
        return new SubwordModelTrainer(spmTrain, vocabSize, characterCoverage, texts, threads);
    }

    /** Trains on {@code texts} and writes {@code <modelPrefix>.model} and {@code .vocab}; returns the {@code .model} path. */
    public Path train(Iterable<String> texts, Path modelPrefix) throws IOException, InterruptedException {
        Path parent = modelPrefix.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path input = Files.createTempFile(parent, "spm-input", ".txt");
        Path log = Files.createTempFile(parent, "spm-train", ".log");
        try {
            long written = writeInput(texts, input);
            if (written == 0) {
                throw new IOException("no text to train a subword model on");
            }
            Process process = new ProcessBuilder(command(input, modelPrefix.toAbsolutePath()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = process.waitFor();
            if (status != 0) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IOException(spmTrain + " failed with status " + status + ":\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 2), lines.size())));
            }
            return Path.of(modelPrefix.toAbsolutePath() + ".model");
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(log);
        }
    }

    private static long writeInput(Iterable<String> texts, Path input) throws IOException {
        long written = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String text : texts) {
                List<String> tokens = FrenchTokenizer.tokenize(text);
                if (tokens.size() > 1) {
                    writer.write(String.join(" ", tokens));
                    writer.write('\n');
                    written++;
                }
            }
        }
        return written;
    }

    private List<String> command(Path input, Path modelPrefix) {
        List<String> command = new ArrayList<>(List.of(spmTrain.toString(),
                "--input=" + input, "--model_prefix=" + modelPrefix, "--model_type=unigram",
                "--vocab_size=" + vocabSize, "--hard_vocab_limit=false",
                "--character_coverage=" + characterCoverage, "--byte_fallback=true",
                // the text is already normalised by the analyzer: decoding must give it back exactly
                "--normalization_rule_name=identity",
                "--unk_id=0", "--unk_piece=" + SpecialTokens.UNK, "--pad_id=1", "--pad_piece=" + SpecialTokens.PAD,
                "--bos_id=-1", "--eos_id=-1", "--control_symbols=" + String.join(",", SYMBOLS),
                "--input_sentence_size=" + maxTexts, "--shuffle_input_sentence=true", "--max_sentence_length=16384",
                "--num_threads=" + threads));
        return command;
    }
}
