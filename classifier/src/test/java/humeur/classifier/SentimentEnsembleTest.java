package humeur.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.text.TextEncoding;
import humeur.classifier.train.ClassifierTraining;
import humeur.classifier.train.LabelledExample;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forward and a backward classifier averaged; the backward one reads each text's ids reversed. */
class SentimentEnsembleTest {
    @TempDir
    Path dir;

    private Path backwardModel() throws IOException {
        Path vocabularyFile = dir.resolve("backward.vocab");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyModelFolder.SENTENCES, 100, vocabularyFile);
        Path model = dir.resolve("backward");
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 9);
            ClassifierTraining.Tokens tokens = new ClassifierTraining.Tokens(TextEncoding.words(vocabulary, true),
                    vocabularyFile, ClassifierConfig.WORDS, true);
            SentimentClassifier classifier = ClassifierTraining.fromLanguageModel(lm, List.of("negative", "positive"),
                    tokens, TinyClassifiers.options(1).withReading(8, 20), manager);
            ClassifierFiles.save(model, classifier, vocabularyFile, Map.of("name", "backward"));
        }
        return model;
    }

    @Test
    void averagesAForwardAndABackwardModel() throws IOException {
        Path forward = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path backward = backwardModel();
        List<String> texts = List.of("Ce film est génial", "C'était nul, quelle déception", "");
        try (SentimentEnsemble ensemble = SentimentEnsemble.load(List.of(forward, backward))) {
            SentimentModel f = ensemble.models().get(0);
            SentimentModel b = ensemble.models().get(1);
            assertTrue(b.config().backward());
            int[] ids = b.encoding().encode("Ce film");
            assertEquals(2, ids[ids.length - 1]); // xxbos last: the whole sequence reversed
            List<SentimentScore> scores = ensemble.score(texts);
            for (int i = 0; i < texts.size(); i++) {
                SentimentScore one = f.score(List.of(texts.get(i))).get(0);
                SentimentScore two = b.score(List.of(texts.get(i))).get(0);
                assertEquals((one.positive() + two.positive()) / 2, scores.get(i).positive(), 1e-6f);
            }
            assertEquals("tiny-test+backward", ensemble.name());
            List<String> messages = List.of("Salut", "Trop bien");
            assertEquals((f.scoreConversation(messages).positive() + b.scoreConversation(messages).positive()) / 2,
                    ensemble.scoreConversation(messages).positive(), 1e-6f);
            // the backward model reads the conversation as one document reversed, not each message reversed in place
            int[] doc = java.util.stream.IntStream.concat(java.util.Arrays.stream(f.encoding().encode("Salut")),
                    java.util.Arrays.stream(f.encoding().encode("Trop bien"))).toArray();
            int[] reversed = TextEncoding.maybeReversed(doc.clone(), true);
            assertEquals(b.toScore(b.probabilities(List.of(reversed))[0]).positive(),
                    b.scoreConversation(messages).positive(), 1e-6f);
        }
    }

    @Test
    void aBackwardModelReadsALongConversationFromItsFirstTokens() throws IOException {
        Path folder = backwardModel();
        List<String> messages = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            messages.add(TinyModelFolder.SENTENCES.get(i % TinyModelFolder.SENTENCES.size()));
        }
        try (SentimentEnsemble ensemble = SentimentEnsemble.load(List.of(folder))) {
            SentimentModel b = ensemble.models().get(0);
            int read = b.config().readLength();
            int[] first = TextEncoding.maybeReversed(messages.stream().map(b.encoding()::encode)
                    .map(ids -> TextEncoding.maybeReversed(ids, true)).flatMapToInt(java.util.Arrays::stream)
                    .limit(read).toArray(), true);
            assertTrue(messages.size() * 5 > 3 * read, "the conversation must outgrow what the model reads");
            // reversed, the conversation's first tokens are the last the backward model reads, and those it pools
            assertEquals(b.toScore(b.probabilities(List.of(first))[0]).positive(),
                    b.scoreConversation(messages).positive(), 1e-5f);
            assertEquals(b.scoreConversation(messages).positive(),
                    ensemble.scoreConversations(List.of(List.of("Salut"), messages)).get(1).positive(), 1e-6f);
        }
    }

    /** An ensemble folder: the two classifiers' folders and the manifest naming them. */
    private Path ensembleFolder(Path where) throws IOException {
        Path forward = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path backward = backwardModel();
        Files.createDirectories(where);
        copyTree(forward, where.resolve("forward"));
        copyTree(backward, where.resolve("backward"));
        Files.writeString(where.resolve(SentimentEnsemble.MANIFEST), "# forward + backward\nforward\n\nbackward  # reversed\n");
        return where;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void anEnsembleFolderLoadsItsMembersInOrder() throws IOException {
        Path folder = ensembleFolder(dir.resolve("pair"));
        assertTrue(SentimentEnsemble.isEnsembleFolder(folder));
        assertFalse(SentimentEnsemble.isEnsembleFolder(folder.resolve("forward")));
        try (SentimentEnsemble fromFolder = SentimentEnsemble.load(List.of(folder));
             SentimentEnsemble fromMembers = SentimentEnsemble.load(List.of(folder.resolve("forward"), folder.resolve("backward")))) {
            assertEquals(fromMembers.identity(), fromFolder.identity());
            assertEquals(2, fromFolder.models().size());
            assertTrue(fromFolder.models().get(1).config().backward());
            assertEquals(fromMembers.score(List.of("génial")).get(0).positive(),
                    fromFolder.score(List.of("génial")).get(0).positive(), 1e-6f);
        }
    }

    @Test
    void anEnsembleFolderLoadsFromTheClassPath() throws IOException {
        Path root = dir.resolve("classpath");
        Path folder = ensembleFolder(root.resolve("humeur/models/pair"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            try (SentimentEnsemble fromDir = SentimentEnsemble.load(List.of(folder));
                 SentimentEnsemble fromResource = SentimentEnsemble.loadResource("humeur/models/pair")) {
                assertEquals(fromDir.identity(), fromResource.identity());
            }
            IOException missing = assertThrows(IOException.class, () -> SentimentEnsemble.loadResource("humeur/models/absent"));
            assertEquals("classpath:humeur/models/absent/ensemble.txt: missing: not an ensemble folder", missing.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void aBadManifestIsAnErrorNamingItsLine() throws IOException {
        Path folder = ensembleFolder(dir.resolve("pair"));
        Path manifest = folder.resolve(SentimentEnsemble.MANIFEST);
        Files.writeString(manifest, "forward\n../elsewhere\n");
        IOException outside = assertThrows(IOException.class, () -> SentimentEnsemble.load(List.of(folder)));
        assertEquals(manifest + ": line 2: \"../elsewhere\" is not the name of a folder beside ensemble.txt, "
                + "optionally followed by its weight", outside.getMessage());
        for (String weight : List.of("0", "-1", "lourd", "NaN", "Infinity")) {
            Files.writeString(manifest, "forward\nbackward " + weight + "\n");
            assertEquals(manifest + ": line 2: the weight \"" + weight + "\" is not a positive number",
                    assertThrows(IOException.class, () -> SentimentEnsemble.load(List.of(folder))).getMessage());
        }
        Files.writeString(manifest, "# nothing\n");
        assertEquals(manifest + ": names no model folder (one per line)",
                assertThrows(IOException.class, () -> SentimentEnsemble.load(List.of(folder))).getMessage());
        Files.writeString(manifest, "forward\nmissing\n");
        IOException absent = assertThrows(IOException.class, () -> SentimentEnsemble.load(List.of(folder)));
        assertTrue(absent.getMessage().startsWith(folder.resolve("missing").toString()), absent.getMessage());
    }

    @Test
    void anNgramMemberCountsAsItsWeightSays() throws IOException {
        Path folder = ensembleFolder(dir.resolve("trio"));
        List<LabelledExample> examples = List.of(new LabelledExample("super film, génial", 1),
                new LabelledExample("film nul, horrible", 0), new LabelledExample("génial, bravo", 1),
                new LabelledExample("nul et ennuyeux", 0));
        NgramClassifier.train(examples, List.of("negative", "positive"), 10, 1, "words").save(folder.resolve("ngrams"));
        Files.writeString(folder.resolve(SentimentEnsemble.MANIFEST), "forward\nngrams 3  # surer than it looks\n");
        String text = "un film génial";
        try (SentimentEnsemble trio = SentimentEnsemble.load(List.of(folder));
             SentimentModel forward = SentimentModel.load(folder.resolve("forward"));
             NgramClassifier ngrams = NgramClassifier.load(folder.resolve("ngrams"))) {
            assertEquals(2, trio.members().size());
            assertEquals(1, trio.models().size());
            assertArrayEquals(new double[] {1, 3}, trio.weights());
            assertTrue(trio.identity().endsWith("+" + ngrams.identity() + "*3.0"), trio.identity());
            float expected = (forward.score(List.of(text)).get(0).positive() + 3 * ngrams.score(List.of(text)).get(0).positive()) / 4;
            assertEquals(expected, trio.score(List.of(text)).get(0).positive(), 1e-6f);
            assertEquals(trio.score(List.of(text)).get(0), trio.scoreConversation(List.of(text)));
        }
        Path root = dir.resolve("classpath-trio");
        copyTree(folder.resolve("forward"), root.resolve("m/trio/forward"));
        copyTree(folder.resolve("ngrams"), root.resolve("m/trio/ngrams"));
        Files.copy(folder.resolve(SentimentEnsemble.MANIFEST), root.resolve("m/trio").resolve(SentimentEnsemble.MANIFEST));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            try (SentimentEnsemble fromDir = SentimentEnsemble.load(List.of(folder));
                 SentimentEnsemble fromResource = SentimentEnsemble.loadResource("m/trio")) {
                assertEquals(fromDir.identity(), fromResource.identity());
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
