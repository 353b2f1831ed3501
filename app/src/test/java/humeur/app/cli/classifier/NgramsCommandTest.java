package humeur.app.cli.classifier;

import humeur.app.cli.lm.Cli;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code humeur classifier ngrams}, then the folder it writes used by eval and score, on a slice of AlloCiné. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NgramsCommandTest {
    @TempDir
    static Path dir;

    private Path devFile;
    private Path model;
    private Cli.Result trained;

    @BeforeAll
    void train() throws IOException {
        Path allocine = ClassifierCommandTest.ALLOCINE;
        assumeTrue(Files.isReadable(allocine), "skipped: " + allocine.toAbsolutePath().normalize()
                + " is absent (the shared sentiment data is for development machines only)");
        List<String> lines = Files.readAllLines(allocine);
        Path trainFile = dir.resolve("train.csv");
        devFile = dir.resolve("dev.csv");
        Files.write(trainFile, lines.subList(0, 601));
        List<String> devLines = new ArrayList<>(List.of(lines.get(0)));
        devLines.addAll(lines.subList(1001, 1101));
        Files.write(devFile, devLines);
        model = dir.resolve("words");
        trained = Cli.run("classifier", "ngrams", "--train", trainFile.toString(), "--dev", devFile.toString(),
                "--cost", "0.1,10", "-o", model.toString());
        assertEquals(0, trained.exitCode(), trained.out() + trained.err());
    }

    @Test
    void keepsTheCostThatGetsTheMostDevTextsRight() throws IOException {
        List<String> rows = trained.out().lines().filter(l -> l.matches("\\| [0-9.]+ \\| \\d+ \\|.*")).toList();
        assertEquals(2, rows.size(), trained.out());
        int[] right = rows.stream().mapToInt(r -> Integer.parseInt(r.split("\\|")[2].strip())).toArray();
        String kept = right[1] > right[0] ? "10.0" : "0.1";
        assertTrue(trained.out().contains("saved: " + model + " (cost " + kept), trained.out());
        assertTrue(Math.max(right[0], right[1]) > 65, "better than chance on 100 reviews: " + trained.out());
        for (String file : List.of("ngrams.properties", "features.tsv", "model.liblinear", "MODEL.md")) {
            assertTrue(Files.isRegularFile(model.resolve(file)), file);
        }
        assertTrue(Files.readString(model.resolve("MODEL.md")).contains("cost (liblinear C): " + kept));
    }

    @Test
    void evalAndScoreReadItsFolder() {
        Cli.Result eval = Cli.run("classifier", "eval", "--model", model.toString(), "--data", devFile.toString(),
                "--threads", "1");
        assertEquals(0, eval.exitCode(), eval.out() + eval.err());
        assertTrue(eval.out().contains("model: words@sha256:") && eval.out().contains("| " + devFile + " | 100 |"),
                eval.out());
        Cli.Result score = Cli.run("score", "--model", model.toString(), "--threads", "1", devFile.toString());
        assertEquals(0, score.exitCode(), score.out() + score.err());
        assertEquals(100, score.out().lines().count(), score.out());
    }

    @Test
    void anOutputThatIsAFileIsRefusedBeforeTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "kept\n");
        Cli.Result refused = Cli.run("classifier", "ngrams", "--train", devFile.toString(), "--dev", devFile.toString(),
                "-o", file.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains(file + ": not a folder"), refused.err());
        assertEquals("kept\n", Files.readString(file));
    }

    @Test
    void aCostThatIsNotPositiveIsACommandLineError() {
        Cli.Result wrong = Cli.run("classifier", "ngrams", "--train", devFile.toString(), "--dev", devFile.toString(),
                "--cost", "0", "-o", dir.resolve("never").toString());
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("each --cost positive"), wrong.err());
    }
}
