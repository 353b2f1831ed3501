package humeur.app.cli.lm;

import humeur.app.cli.Humeur;
import humeur.lm.data.TokenFile;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SubwordModelTrainer;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sun.misc.Signal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code humeur lm} end to end through the command line, as a person runs it: corpus tokenize, then pretrain a tiny
 * model, eval, generate, resume and fine-tune. One thread, tiny sizes: each training run takes a second or two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LmCommandTest {
    private static final String[] TINY = {"--emb", "16", "--hidden", "32", "--layers", "2", "--batch", "8", "--bptt", "16",
        "--epochs", "2", "--lr", "1e-2", "--seed", "3", "--threads", "1"};

    @TempDir
    static Path dir;

    private Path vocab;
    private Path train;
    private Path valid;
    private Path model;
    private Cli.Result pretrained;

    @BeforeAll
    void tokenizeAndPretrain() throws IOException {
        List<String> lines = FrenchLines.of(600, 1);
        Files.write(dir.resolve("train.txt"), lines.subList(0, 540));
        Files.write(dir.resolve("valid.txt"), lines.subList(540, 600));
        vocab = dir.resolve("fr.vocab");
        train = dir.resolve("train.tok");
        valid = dir.resolve("valid.tok");
        ok(Cli.run("corpus", "tokenize", "--min-freq", "2", "--threads", "1", "--vocab", vocab.toString(), "-o",
                train.toString(), dir.resolve("train.txt").toString()));
        ok(Cli.run("corpus", "tokenize", "--threads", "1", "--vocab", vocab.toString(), "-o", valid.toString(),
                dir.resolve("valid.txt").toString()));
        model = dir.resolve("model");
        long start = System.nanoTime();
        pretrained = ok(pretrain(model));
        System.out.printf("lm pretrain (tiny) took %.1f s:%n%s", (System.nanoTime() - start) / 1e9, pretrained.out());
    }

    private Cli.Result pretrain(Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("lm", "pretrain", "--train", train.toString(), "--valid",
                valid.toString(), "--vocab", vocab.toString(), "-o", output.toString()));
        args.addAll(tiny(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The tiny settings, with those of {@code more} that name a tiny option replacing its value, the rest appended. */
    private static List<String> tiny(String... more) {
        List<String> args = new ArrayList<>(List.of(TINY));
        for (int i = 0; i < more.length; i++) {
            int at = args.indexOf(more[i]);
            if (at >= 0) {
                args.set(at + 1, more[++i]);
            } else {
                args.add(more[i]);
            }
        }
        return args;
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.out() + result.err());
        return result;
    }

    private static void failsOnOneLine(Cli.Result result, int exitCode, String expected) {
        assertEquals(exitCode, result.exitCode(), result.out() + result.err());
        String err = result.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("humeur: ") && err.contains(expected), err);
    }

    @Test
    void pretrainingLowersTheValidationLossBelowTheFirstBatchAndTheUnigramBaseline() throws IOException {
        double first = pretrained.number("first batch: loss");
        double last = pretrained.number("validation: loss");
        double unigram = unigramCrossEntropy(TokenFile.open(train), TokenFile.open(valid), Vocabulary.load(vocab).size());
        assertTrue(last < first - 1, "first batch " + first + ", validation " + last);
        assertTrue(last < unigram, "validation " + last + ", unigram " + unigram);
        assertTrue(pretrained.out().contains("epoch 1: validation loss"), pretrained.out());
        assertTrue(pretrained.line("validation:").contains("bits per character"), pretrained.out());
        assertEquals(Files.readString(vocab), Files.readString(model.resolve("vocabulary")));
        assertTrue(Files.isRegularFile(model.resolve("lm.params")));
    }

    @Test
    void evalPrintsTheSameScoresAsTrainingDidAndJsonOnAsking() {
        Cli.Result line = ok(Cli.run("lm", "eval", "--model", model.toString(), "--data", valid.toString(),
                "--batch", "8", "--bptt", "16", "--threads", "1"));
        // the same model on the same batches as the end of training: the same line
        assertTrue(line.out().endsWith(pretrained.line("validation: ").substring("validation: ".length()) + "\n"),
                line.out() + " vs " + pretrained.out());
        Cli.Result json = ok(Cli.run("lm", "eval", "--model", model.toString(), "--data", valid.toString(), "--json",
                "--threads", "1"));
        String object = json.out().strip();
        assertTrue(object.startsWith("{") && object.endsWith("}"), object);
        for (String key : List.of("\"loss\":", "\"perplexity\":", "\"accuracy\":", "\"bits_per_character\":", "\"tokens\":")) {
            assertTrue(object.contains(key), object);
        }
    }

    @Test
    void generatePrintsInVocabularyTextTheSameForTheSameSeed() throws IOException {
        String[] args = {"lm", "generate", "--model", model.toString(), "--prompt", "Salut ! je", "--tokens", "20",
            "--seed", "7", "--threads", "1"};
        Cli.Result first = ok(Cli.run(args));
        Cli.Result again = ok(Cli.run(args));
        assertEquals(first.out(), again.out());
        String text = first.out().strip();
        assertTrue(text.startsWith("Salut ! je"), text);
        Vocabulary vocabulary = Vocabulary.load(vocab);
        List<String> tokens = FrenchTokenizer.tokenize(text);
        assertTrue(tokens.size() >= 20, text);
        for (String token : tokens) {
            assertTrue(vocabulary.contains(token) && !token.equals("xxunk"), token + " in " + text);
        }
    }

    @Test
    void resumingAfterAStopEndsWithTheSameModelAsAnUninterruptedRun() throws IOException {
        Path stopped = dir.resolve("stopped");
        Cli.Result first = ok(pretrain(stopped, "--stop-after", "50"));
        assertTrue(first.out().contains("continue with the same command and --resume"), first.out());
        assertTrue(Files.notExists(stopped.resolve("lm.params")), "no final model before the end");
        Cli.Result rest = ok(pretrain(stopped, "--resume"));
        assertEquals(pretrained.line("validation:"), rest.line("validation:"));
        assertArrayEquals(Files.readAllBytes(model.resolve("lm.params")), Files.readAllBytes(stopped.resolve("lm.params")));
    }

    @Test
    void resumingWithOtherSettingsIsRefusedWithTheDifferences() {
        Path stopped = dir.resolve("stopped-other");
        ok(pretrain(stopped, "--stop-after", "10"));
        failsOnOneLine(pretrain(stopped, "--resume", "--epochs", "3", "--threads", "2"), 1, "--epochs was 2, now 3");
    }

    @Test
    void aTokenFileOfAnotherVocabularyIsOneLineAndExitCodeOne() {
        Path other = dir.resolve("other.vocab");
        Path otherTokens = dir.resolve("other.tok");
        ok(Cli.run("corpus", "tokenize", "--min-freq", "1", "--threads", "1", "--vocab", other.toString(), "-o",
                otherTokens.toString(), dir.resolve("valid.txt").toString()));
        failsOnOneLine(Cli.run("lm", "pretrain", "--train", otherTokens.toString(), "--vocab", vocab.toString(), "-o",
                dir.resolve("never").toString()), 1, otherTokens.toString());
        failsOnOneLine(Cli.run("lm", "eval", "--model", model.toString(), "--data", otherTokens.toString()), 1,
                "tokenise the corpus again");
        failsOnOneLine(Cli.run("lm", "eval", "--model", dir.resolve("nothing").toString(), "--data", valid.toString()), 1,
                "not a humeur language model");
    }

    @Test
    void checkpointsAreNeitherMixedNorInvented() {
        failsOnOneLine(pretrain(model), 1, "--resume");
        failsOnOneLine(pretrain(dir.resolve("fresh"), "--resume"), 1, "no checkpoint");
        failsOnOneLine(Cli.run("lm", "pretrain", "--arch", "transformer"), 2, "--arch");
    }

    @Test
    void impossibleNumbersAreUsageErrorsAndTooSmallAFileIsBadInput() {
        failsOnOneLine(pretrain(dir.resolve("zero"), "--epochs", "0"), 2, "--epochs");
        failsOnOneLine(pretrain(dir.resolve("negative"), "--lr", "-1"), 2, "--lr");
        failsOnOneLine(pretrain(dir.resolve("wide"), "--batch", "100000"), 1, "lower --batch");
    }

    @Test
    void fineTuningMovesTheModelToANewVocabularyAndTrainsIt() throws IOException {
        List<String> chat = FrenchLines.of(300, 2);
        Files.write(dir.resolve("chat.txt"), chat);
        Path chatVocab = dir.resolve("chat.vocab");
        Path chatTokens = dir.resolve("chat.tok");
        ok(Cli.run("corpus", "tokenize", "--min-freq", "1", "--threads", "1", "--vocab", chatVocab.toString(), "-o",
                chatTokens.toString(), dir.resolve("chat.txt").toString()));
        Path tuned = dir.resolve("tuned");
        Cli.Result result = ok(Cli.run("lm", "finetune", "--from", model.toString(), "--train", chatTokens.toString(),
                "--vocab", chatVocab.toString(), "-o", tuned.toString(), "--epochs", "1", "--batch", "8", "--bptt", "16",
                "--threads", "1"));
        assertTrue(result.out().contains("vocabulary: moved the model from"), result.out());
        assertTrue(result.out().contains("drop_mult 0.3"), result.out());
        assertEquals(Files.readString(chatVocab), Files.readString(tuned.resolve("vocabulary")));
        ok(Cli.run("lm", "eval", "--model", tuned.toString(), "--data", chatTokens.toString(), "--threads", "1"));
    }

    @Test
    void ctrlCStopsAfterTheBatchSavesACheckpointAndExitsWith130() throws Exception {
        Path interrupted = dir.resolve("interrupted");
        StringWriter out = new StringWriter();
        CommandLine command = Humeur.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new ArrayList<>(List.of("lm", "pretrain", "--train", train.toString(), "--vocab",
                vocab.toString(), "-o", interrupted.toString()));
        args.addAll(tiny("--epochs", "200")); // a minute of training: the signal comes long before the end
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> command.execute(args.toArray(String[]::new)));
        // "first batch" is printed after a step, so the Ctrl-C handler is in place: the JVM's own would exit
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!out.toString().contains("first batch") && !run.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(out.toString().contains("first batch"), out.toString());
        Signal.raise(new Signal("INT"));
        assertEquals(130, run.get(60, TimeUnit.SECONDS), out.toString());
        assertTrue(out.toString().contains("interrupted at step"), out.toString());
        assertTrue(out.toString().contains("--resume"), out.toString());
        try (var checkpoints = Files.list(interrupted.resolve("checkpoints"))) {
            assertTrue(checkpoints.findAny().isPresent(), "a checkpoint was saved");
        }
    }

    @Test
    void aBackwardQrnnTrainsAndScoresButDoesNotGenerate() {
        Path backward = dir.resolve("backward-qrnn");
        Cli.Result trained = ok(pretrain(backward, "--arch", "qrnn", "--backward", "--epochs", "1"));
        assertTrue(trained.out().contains("model: QRNN") && trained.out().contains("backward"), trained.out());
        Cli.Result scored = ok(Cli.run("lm", "eval", "--model", backward.toString(), "--data", valid.toString(),
                "--batch", "8", "--bptt", "16", "--threads", "1"));
        assertTrue(scored.out().endsWith(trained.line("validation: ").substring("validation: ".length()) + "\n"),
                scored.out() + " vs " + trained.out());
        failsOnOneLine(Cli.run("lm", "generate", "--model", backward.toString()), 1, "backwards");
    }

    @Test
    void aSubwordModelPretrainsScoresInBitsPerCharacterAndGenerates() throws IOException {
        assumeTrue(SubwordModelTrainer.findSpmTrain().isPresent(),
                "spm_train is not installed (lm/scripts/install-sentencepiece.sh): skipping the subword language model test");
        Path prefix = dir.resolve("fr-sub");
        ok(Cli.run("corpus", "subwords", "--pieces", "300", "-o", prefix.toString(), dir.resolve("train.txt").toString()));
        Path pieces = Path.of(prefix + ".model");
        Path subTrain = dir.resolve("sub-train.tok");
        Path subValid = dir.resolve("sub-valid.tok");
        ok(Cli.run("corpus", "tokenize", "--threads", "1", "--subwords", pieces.toString(), "-o", subTrain.toString(),
                dir.resolve("train.txt").toString()));
        ok(Cli.run("corpus", "tokenize", "--threads", "1", "--subwords", pieces.toString(), "-o", subValid.toString(),
                dir.resolve("valid.txt").toString()));
        Path subModel = dir.resolve("sub-model");
        Cli.Result trained = ok(Cli.run(concat(List.of("lm", "pretrain", "--train", subTrain.toString(), "--valid",
                subValid.toString(), "--vocab", pieces.toString(), "-o", subModel.toString()), tiny("--epochs", "1"))));
        assertTrue(trained.line("validation:").contains("bits per character"), trained.out());
        assertArrayEquals(Files.readAllBytes(pieces), Files.readAllBytes(subModel.resolve("subwords.model")));
        assertTrue(Files.notExists(subModel.resolve("vocabulary")));

        Cli.Result scored = ok(Cli.run("lm", "eval", "--model", subModel.toString(), "--data", subValid.toString(),
                "--batch", "8", "--bptt", "16", "--threads", "1"));
        assertTrue(scored.out().endsWith(trained.line("validation: ").substring("validation: ".length()) + "\n"),
                scored.out() + " vs " + trained.out());
        failsOnOneLine(Cli.run("lm", "eval", "--model", subModel.toString(), "--data", valid.toString()), 1,
                "tokenise the corpus again");
        String text = ok(Cli.run("lm", "generate", "--model", subModel.toString(), "--prompt", "Salut ! je", "--tokens",
                "20", "--seed", "7", "--threads", "1")).out().strip();
        assertTrue(text.startsWith("Salut ! je") && text.length() > "Salut ! je".length() + 10, text);
        assertTrue(!text.contains("\u2581") && !text.contains("xxbos"), text);

        // the classifier reads the subword model the language model folder carries
        Path labelled = dir.resolve("labelled.csv");
        List<String> rows = new ArrayList<>(List.of("text,label"));
        List<String> lines = Files.readAllLines(dir.resolve("valid.txt"));
        for (int i = 0; i < lines.size(); i++) {
            rows.add("\"" + lines.get(i).replace("\"", "\"\"") + "\"," + (i % 2));
        }
        Files.write(labelled, rows);
        Path classifier = dir.resolve("sub-classifier");
        ok(Cli.run("classifier", "train", "--lm", subModel.toString(), "--train", labelled.toString(), "--dev",
                labelled.toString(), "-o", classifier.toString(), "--epochs", "1", "--bptt", "16", "--max-len", "32",
                "--batch-size", "8", "--threads", "1"));
        assertArrayEquals(Files.readAllBytes(pieces), Files.readAllBytes(classifier.resolve("subwords.model")));
    }

    private static String[] concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray(String[]::new);
    }

    @Test
    void aDivergingRunIsOneLineAndExitCodeOne() {
        failsOnOneLine(pretrain(dir.resolve("diverged"), "--lr", "1000", "--clip", "1e9"), 1, "diverged");
    }

    @Test
    void helpExplainsTheUlmfitDefaults() {
        Cli.Result help = ok(Cli.run("lm", "pretrain", "--help"));
        assertTrue(help.out().contains("MultiFiT") && help.out().contains("EXIT STATUS") && help.out().contains("130"),
                help.out());
        assertTrue(ok(Cli.run("lm", "finetune", "--help")).out().contains("2.6"));
        assertTrue(ok(Cli.run("lm", "--help")).out().contains("generate"));
    }

    /** The validation cross-entropy (nats per token) of the training text's unigram distribution, add-one smoothed. */
    private static double unigramCrossEntropy(TokenFile train, TokenFile validation, int vocabularySize) {
        long[] counts = new long[vocabularySize];
        int[] ids = new int[(int) train.size()];
        train.read(0, ids, 0, ids.length);
        for (int id : ids) {
            counts[id]++;
        }
        int[] held = new int[(int) validation.size()];
        validation.read(0, held, 0, held.length);
        double sum = 0;
        for (int id : held) {
            sum -= Math.log((counts[id] + 1.0) / (ids.length + vocabularySize));
        }
        return sum / held.length;
    }
}
