package humeur.app.cli;

import humeur.app.store.Sql;
import humeur.classifier.NgramClassifier;
import humeur.classifier.SentimentEnsemble;
import humeur.classifier.SentimentModel;
import humeur.classifier.SentimentScore;
import humeur.classifier.SentimentScorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model shipped in models/humeur-fr, loaded as every command loads it without {@code --model}. */
class DefaultModelTest {
    private static final Path SAMPLE = Path.of("..", "examples", "Discussion WhatsApp avec Les Colocs.txt");
    /** Chat lines written by the team (label TAB text; 0 negative, 1 neutral, 2 positive), in no training set. */
    private static final Path CHAT_LINES = Path.of("..", "models", "chat-examples.tsv");
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");

    private static SentimentScorer model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        model = ModelOption.load(null);
    }

    @AfterAll
    static void close() throws Exception {
        if (model instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void isTheShippedFrenchModel() {
        assertTrue(model.identity().startsWith("humeur-fr@"), model.identity());
    }

    @Test
    void isAForwardAndABackwardClassifierAveragedWithAnNgramOne() {
        SentimentEnsemble trio = assertInstanceOf(SentimentEnsemble.class, model);
        assertEquals(List.of("humeur-fr", "humeur-fr-backward"), trio.models().stream().map(SentimentModel::name).toList());
        assertFalse(trio.models().get(0).config().backward());
        assertTrue(trio.models().get(1).config().backward());
        assertEquals(3, trio.members().size());
        assertEquals("humeur-fr-ngrams", assertInstanceOf(NgramClassifier.class, trio.members().get(2)).name());
        double[] weights = trio.weights();
        assertTrue(weights[0] == 1 && weights[1] == 1 && weights[2] > 1, java.util.Arrays.toString(weights));
    }

    @Test
    void aCopyOfTheShippedFolderScoresAsTheDefault() throws Exception {
        Path copy = dir.resolve("humeur-fr");
        Path shipped = Path.of("..", ModelOption.DEFAULT_FOLDER);
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(shipped.relativize(file).toString()));
            }
        }
        SentimentScorer fromFolder = ModelOption.load(copy);
        try {
            assertEquals(model.identity(), fromFolder.identity());
            List<String> texts = List.of("trop bien ce soir, merci pour tout !!", "j'en ai marre, tout m'énerve");
            List<SentimentScore> expected = model.score(texts);
            List<SentimentScore> actual = fromFolder.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(expected.get(i).positive(), actual.get(i).positive(), 1e-6f, texts.get(i));
            }
        } finally {
            ((AutoCloseable) fromFolder).close();
        }
    }

    @Test
    void theShippedFolderTakesAtMostFiftyMegabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(Path.of("..", ModelOption.DEFAULT_FOLDER))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        // it ships in the repository and in every jar
        assertTrue(bytes <= 50L * 1024 * 1024, bytes + " bytes");
    }

    @Test
    void readsChatLinesBetterThanChance() throws IOException {
        List<String[]> lines = Files.readAllLines(CHAT_LINES).stream().map(l -> l.split("\t", 2)).toList();
        List<SentimentScore> scores = model.score(lines.stream().map(l -> l[1]).toList());
        int right = 0;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < lines.size(); i++) {
            String expected = LABELS.get(Integer.parseInt(lines.get(i)[0]));
            right += expected.equals(scores.get(i).label()) ? 1 : 0;
            positive += expected.equals("positive") ? scores.get(i).score() : 0;
            negative += expected.equals("negative") ? scores.get(i).score() : 0;
        }
        // three classes, balanced: chance is a third; the card (models/humeur-fr/MODEL.md) has the figures
        assertTrue(right > lines.size() * 0.45, right + " of " + lines.size() + " right");
        assertTrue(positive > negative, "positive lines score above negative ones: " + positive + " vs " + negative);
    }

    @Test
    void analyzeRunsOnTheSampleWithoutAModelOption() throws Exception {
        Path db = dir.resolve("humeur.db");
        Path report = dir.resolve("report.html");
        Cli.Result r = Cli.run("analyze", "--db", db.toString(), "-o", report.toString(), SAMPLE.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(report));
        assertTrue(r.out().contains("Sentiment by contact"), r.out());
        assertEquals(Sql.number(db, "SELECT count(*) FROM messages WHERE kind = 'text'"),
                Sql.number(db, "SELECT count(*) FROM message_scores s JOIN messages m ON m.id = s.message_id "
                        + "WHERE m.kind = 'text'"));
    }

    @Test
    void aBuildWithoutTheModelSaysHowToGetOne() {
        IOException e = assertThrows(IOException.class,
                () -> ModelOption.load(null, "humeur/models/absent"));
        assertEquals("this build of humeur has no default model (models/humeur-fr was missing when it was built): "
                + "give --model DIR, or train one with models/train-default-model.sh", e.getMessage());
    }
}
