package humeur.app.cli.classifier;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import humeur.app.cli.lm.Cli;
import humeur.lm.model.Architecture;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LanguageModel;
import humeur.lm.model.LmConfig;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code humeur classifier train} then {@code eval} as a person runs them, on a slice of the AlloCiné reviews, with a
 * tiny language model folder as {@code lm finetune} saves one; one thread, tiny sizes, a few seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifierCommandTest {
    static final Path ALLOCINE = Path.of("..", "..", "shared", "data", "sentiment", "allocine", "train.csv");
    private static final String[] TINY = {"--epochs", "2", "--bptt", "16", "--max-len", "64", "--batch-size", "16",
        "--lr", "3e-3", "--no-gradual-unfreezing", "--seed", "3", "--threads", "1"};

    @TempDir
    static Path dir;

    private Path lm;
    private Path trainFile;
    private Path devFile;
    private Path model;
    private Cli.Result trained;

    @BeforeAll
    void train() throws IOException {
        assumeTrue(Files.isReadable(ALLOCINE), "skipped: " + ALLOCINE.toAbsolutePath().normalize()
                + " is absent (the shared sentiment data is for development machines only)");
        List<String> lines = Files.readAllLines(ALLOCINE);
        // the file has one review per line after its header (no multi-line fields in the first rows used here)
        trainFile = dir.resolve("train.csv");
        devFile = dir.resolve("dev.csv");
        Files.write(trainFile, lines.subList(0, 301));
        List<String> devLines = new ArrayList<>(List.of(lines.get(0)));
        devLines.addAll(lines.subList(1001, 1061));
        Files.write(devFile, devLines);
        lm = languageModelFolder(lines.subList(1, 301));
        model = dir.resolve("model");
        trained = ok(Cli.run(args("classifier", "train", "--lm", lm.toString(), "--train", trainFile.toString(),
                "--dev", devFile.toString(), "-o", model.toString())));
    }

    private static String[] args(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(TINY));
        return all.toArray(String[]::new);
    }

    // a language model folder as lm pretrain/finetune write it: lm-config.json, lm.params, vocabulary, direction
    private static Path languageModelFolder(List<String> texts) throws IOException {
        TokenCounts counts = new TokenCounts();
        texts.forEach(t -> counts.addAll(FrenchTokenizer.tokenize(t)));
        Vocabulary vocabulary = Vocabulary.build(counts, 1500, 2);
        Path folder = dir.resolve("lm");
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            LanguageModel model = new LanguageModel(new LmConfig(Architecture.AWD_LSTM, vocabulary.size(), 24, 48, 2,
                    Dropouts.awdLstmLanguageModel(), 0.3f, Vocabulary.PAD_ID, true));
            model.initialize(manager, DataType.FLOAT32, new Shape(2, 4));
            model.save(folder);
        }
        vocabulary.save(folder.resolve("vocabulary"));
        Files.writeString(folder.resolve("direction"), "forward\n");
        return folder;
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.out() + result.err());
        return result;
    }

    @Test
    void trainSavesTheBestDevEpochWithItsCard() throws IOException {
        assertTrue(trained.out().contains("saved: " + model), trained.out());
        assertTrue(trained.out().contains("epoch 1: dev accuracy"), trained.out());
        for (String file : List.of("classifier.json", "encoder-config.json", "encoder.safetensors", "head.params", "vocabulary",
                "MODEL.md", "run-settings.txt")) {
            assertTrue(Files.isRegularFile(model.resolve(file)), file);
        }
        String card = Files.readString(model.resolve("MODEL.md"));
        assertTrue(card.contains("## Evaluation") && card.contains("| dev | 60 |"), card);
        assertTrue(card.contains("train.csv"), card);
        assertTrue(card.matches("(?s).*batch \\d+ \\(shuffled\\).*"), card);
    }

    @Test
    void anUnknownBatchOrderIsACommandLineError() {
        Cli.Result wrong = Cli.run(args("classifier", "train", "--lm", lm.toString(), "--train", trainFile.toString(),
                "--dev", devFile.toString(), "-o", dir.resolve("never").toString(), "--batch-order", "random"));
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("'random' is not shuffled or sortish"), wrong.err());
    }

    @Test
    void evalReportsTablesAndJson() {
        Cli.Result text = ok(Cli.run("classifier", "eval", "--model", model.toString(), "--data", devFile.toString(),
                "--threads", "1"));
        assertTrue(text.out().contains("| " + devFile + " | 60 |"), text.out());
        assertTrue(text.out().contains("confusion"), text.out());
        assertTrue(text.out().contains("model: model@sha256:"), text.out());
        Cli.Result json = ok(Cli.run("classifier", "eval", "--model", model.toString(), "--data", devFile.toString(),
                "--json", "--threads", "1"));
        assertTrue(json.out().strip().startsWith("[") && json.out().contains("\"macroF1\""), json.out());
        // the dev accuracy training printed for the saved epoch is what eval finds: training scores the model as saved,
        // encoder in half precision, and this barely trained model puts every text close to 0.5, where rounding shows
        double devAccuracy = Double.parseDouble(json.out().replaceAll("(?s).*\"accuracy\" : ([0-9.E-]+).*", "$1"));
        String epoch = trained.out().replaceAll("(?s).*\\(epoch (\\d+), the best.*", "$1");
        String savedEpoch = trained.out().lines().filter(l -> l.startsWith("epoch " + epoch + ": ")).findFirst()
                .orElseThrow();
        double trainingAccuracy = Double.parseDouble(savedEpoch.replaceAll(".*dev accuracy ([0-9.]+) %.*", "$1")) / 100;
        assertEquals(trainingAccuracy, devAccuracy, 1e-4, savedEpoch); // printed as a percentage with two decimals
        Cli.Result ensemble = ok(Cli.run("classifier", "eval", "--model", model.toString(), model.toString(), "--data",
                devFile.toString(), "--threads", "1"));
        assertTrue(ensemble.out().contains("model: model@sha256:") && ensemble.out().contains("+model@sha256:"), ensemble.out());
    }

    @Test
    void aSecondRunIntoTheSameFolderMustSayResume() {
        Cli.Result again = Cli.run(args("classifier", "train", "--lm", lm.toString(), "--train", trainFile.toString(),
                "--dev", devFile.toString(), "-o", model.toString()));
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--resume"), again.err());
        Cli.Result resumed = ok(Cli.run(args("classifier", "train", "--lm", lm.toString(), "--train", trainFile.toString(),
                "--dev", devFile.toString(), "-o", model.toString(), "--resume")));
        assertTrue(resumed.out().contains("saved: "), resumed.out());
        Cli.Result changed = Cli.run(args("classifier", "train", "--lm", lm.toString(), "--train", trainFile.toString(),
                "--dev", devFile.toString(), "-o", model.toString(), "--resume", "--drop-mult", "0.1"));
        assertEquals(1, changed.exitCode());
        assertTrue(changed.err().contains("run-settings.txt"), changed.err());
    }

    @Test
    void damagedInputIsOneLineNamingTheFile() throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        for (String file : List.of("classifier.json", "encoder-config.json", "encoder.safetensors", "vocabulary")) {
            Files.copy(model.resolve(file), broken.resolve(file));
        }
        Cli.Result missing = Cli.run("classifier", "eval", "--model", broken.toString(), "--data", devFile.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("humeur: " + broken.resolve("head.params") + ": missing"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Cli.Result noData = Cli.run("classifier", "eval", "--model", model.toString(), "--data", dir.resolve("nope.csv").toString());
        assertEquals(1, noData.exitCode());
        assertTrue(noData.err().contains("nope.csv"), noData.err());
    }

    @Test
    void theTrainedModelScoresFilesAndImportedChatsThroughTheCommandLine() throws IOException {
        Path texts = dir.resolve("texts.txt");
        Files.write(texts, List.of("Un film magnifique, j'ai adoré !", "", "Nul, ennuyeux, une perte de temps.", "😀"));
        Cli.Result scored = ok(Cli.run("score", "--model", model.toString(), texts.toString()));
        List<String> records = scored.out().lines().toList();
        assertEquals(4, records.size(), scored.out());
        for (int i = 0; i < records.size(); i++) {
            assertTrue(records.get(i).contains("\"line\":" + (i + 1)) && records.get(i).contains("\"probabilities\""),
                    records.get(i));
        }

        Path db = dir.resolve("chats.db");
        Path export = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");
        Cli.Result imported = ok(Cli.run("import", "--db", db.toString(), "--score", "--model", model.toString(),
                export.toString()));
        assertFalse(imported.out().isBlank(), imported.err());
        Cli.Result again = ok(Cli.run("rescore", "--db", db.toString(), "--model", model.toString()));
        assertTrue(again.out().contains(" 0 messages lack"), again.out());
        Cli.Result report = ok(Cli.run("report", "--db", db.toString(), "--format", "csv", "--by", "month"));
        assertTrue(report.out().contains("Camille") && report.out().contains("2025-06"), report.out());
    }

    @Test
    void helpReadsLikeAManPage() {
        Cli.Result help = ok(Cli.run("classifier", "train", "--help"));
        for (String expected : List.of("SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES", "gradual",
                "2.6", "BPT3C", "--label-smoothing", "--batch-order", "Default: 2e-2")) {
            assertTrue(help.out().contains(expected), expected + " in:\n" + help.out());
        }
        assertFalse(ok(Cli.run("classifier", "eval", "--help")).out().isBlank());
        assertTrue(ok(Cli.run("--help")).out().contains("classifier"));
    }
}
