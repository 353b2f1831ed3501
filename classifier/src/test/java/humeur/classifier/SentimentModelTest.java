package humeur.classifier;

import humeur.lm.model.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentModelTest {
    @TempDir
    Path dir;

    private static void assertSameScore(SentimentScore expected, SentimentScore actual, String what) {
        assertEquals(expected.negative(), actual.negative(), 1e-5f, what);
        assertEquals(expected.neutral(), actual.neutral(), 1e-5f, what);
        assertEquals(expected.positive(), actual.positive(), 1e-5f, what);
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String sentence = TinyModelFolder.SENTENCES.get(i % TinyModelFolder.SENTENCES.size());
            texts.add((sentence + " ").repeat(1 + (i * 7) % 11).strip());
        }
        return texts;
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void scoresComeBackInInputOrderAndEachTextScoresAsItWouldAlone(Architecture architecture) throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "neutral", "positive"), architecture);
        List<String> texts = texts();
        try (SentimentModel model = SentimentModel.load(folder)) {
            List<SentimentScore> batched = model.score(texts);
            assertEquals(texts.size(), batched.size());
            for (int i = 0; i < texts.size(); i += 7) {
                // alone: no padding at all; in the batch: padded beside longer texts, in another bucket order
                assertSameScore(model.score(List.of(texts.get(i))).get(0), batched.get(i), "text " + i);
            }
            assertNotEquals(batched.get(0), batched.get(1));
        }
    }

    @Test
    void awkwardTextsScoreWithoutError() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        List<String> texts = List.of("", "   \n\t ", "😀😀😀🎉", "Привет 你好 مرحبا bonjour שלום",
                "génial ".repeat(200_000 / 7), "\u0000\u200b\ufeff");
        try (SentimentModel model = SentimentModel.load(folder)) {
            List<SentimentScore> scores = model.score(texts);
            assertEquals(texts.size(), scores.size());
            for (SentimentScore s : scores) {
                assertEquals(1f, s.negative() + s.neutral() + s.positive(), 1e-4f);
                assertEquals(0f, s.neutral());
                assertTrue(s.score() >= -1 && s.score() <= 1);
            }
            // empty and blank texts are xxbos alone: the same document
            assertSameScore(scores.get(0), scores.get(1), "empty vs blank");
            assertEquals(List.of(2), java.util.Arrays.stream(model.encoding().encode("")).boxed().toList());
        }
    }

    @Test
    void aConversationIsItsMessagesReadInOrderAsOneDocument() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "neutral", "positive"), Architecture.QRNN);
        List<String> messages = List.of("Salut ! Ça va ?", "Bof, pas trop...", "Merci pour ce moment, c'était super");
        try (SentimentModel model = SentimentModel.load(folder)) {
            List<int[]> parts = messages.stream().map(model.encoding()::encode).toList();
            int[] document = parts.stream().flatMapToInt(java.util.Arrays::stream).toArray();
            float[] p = model.probabilities(List.of(document))[0];
            assertSameScore(model.toScore(p), model.scoreConversation(messages), "conversation");
            assertNotEquals(model.scoreConversation(messages), model.scoreConversation(List.of(messages.get(2), messages.get(0))));
            SentimentScore empty = model.scoreConversation(List.of());
            assertSameScore(model.score(List.of("")).get(0), empty, "no messages");
        }
    }

    @Test
    void conversationsScoredTogetherScoreAsEachAlone() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "neutral", "positive"), Architecture.AWD_LSTM);
        List<String> texts = texts();
        List<List<String>> conversations = List.of(texts.subList(0, 3), List.of(), texts.subList(3, 4),
                texts.subList(10, 30), texts.subList(4, 6));
        try (SentimentModel model = SentimentModel.load(folder)) {
            List<SentimentScore> together = model.scoreConversations(conversations);
            assertEquals(conversations.size(), together.size());
            for (int i = 0; i < conversations.size(); i++) {
                assertSameScore(model.scoreConversation(conversations.get(i)), together.get(i), "conversation " + i);
            }
        }
    }

    @Test
    void aLongConversationIsReadFromItsLastTokensOnly() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "neutral", "positive"), Architecture.AWD_LSTM);
        List<String> messages = texts().subList(0, 40);
        try (SentimentModel model = SentimentModel.load(folder)) {
            int[] document = messages.stream().map(model.encoding()::encode)
                    .flatMapToInt(java.util.Arrays::stream).toArray();
            int read = model.config().readLength();
            assertTrue(document.length > 3 * read, "the conversation must outgrow what the model reads");
            int[] end = java.util.Arrays.copyOfRange(document, document.length - read, document.length);
            assertSameScore(model.toScore(model.probabilities(List.of(end))[0]), model.scoreConversation(messages),
                    "end");
            // the same holds for any document: scoring reads at most readLength ids
            assertSameScore(model.toScore(model.probabilities(List.of(end))[0]),
                    model.toScore(model.probabilities(List.of(document))[0]), "document");
        }
    }

    @Test
    void manyThreadsShareOneModel() throws Exception {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        List<String> texts = texts();
        try (SentimentModel model = SentimentModel.load(folder)) {
            List<SentimentScore> expected = model.score(texts);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<SentimentScore>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> model.score(texts)));
                }
                for (Future<List<SentimentScore>> f : results) {
                    List<SentimentScore> got = f.get();
                    for (int i = 0; i < texts.size(); i++) {
                        assertSameScore(expected.get(i), got.get(i), "text " + i);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void identityIsTheNameAndAHashOfTheFilesAndChangesWithThem() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        String first;
        try (SentimentModel model = SentimentModel.load(folder)) {
            first = model.identity();
            assertEquals("tiny-test", model.name());
            assertTrue(first.matches("tiny-test@sha256:[0-9a-f]{64}"), first);
        }
        try (SentimentModel again = SentimentModel.load(folder)) {
            assertEquals(first, again.identity());
        }
        byte[] head = Files.readAllBytes(folder.resolve(ClassifierFiles.HEAD_WEIGHTS));
        head[head.length - 1] ^= 1;
        Files.write(folder.resolve(ClassifierFiles.HEAD_WEIGHTS), head);
        try (SentimentModel changed = SentimentModel.load(folder)) {
            assertNotEquals(first, changed.identity());
        }
    }

    @Test
    void loadsFromAResourceFolderOnTheClassPath() throws IOException {
        Path folder = TinyModelFolder.create(dir, List.of("negative", "positive"), Architecture.AWD_LSTM);
        Path root = dir.resolve("classpath");
        Path packaged = root.resolve("humeur/models/sentiment");
        Files.createDirectories(packaged);
        for (String file : List.of(ClassifierFiles.CONFIG, ClassifierFiles.ENCODER_CONFIG, ClassifierFiles.ENCODER_WEIGHTS,
                ClassifierFiles.HEAD_WEIGHTS, ClassifierFiles.VOCABULARY)) {
            Files.copy(folder.resolve(file), packaged.resolve(file));
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            try (SentimentModel fromDir = SentimentModel.load(folder);
                 SentimentModel fromResource = SentimentModel.loadResource("humeur/models/sentiment")) {
                assertEquals(fromDir.identity(), fromResource.identity());
                assertSameScore(fromDir.score(List.of("génial")).get(0), fromResource.score(List.of("génial")).get(0), "resource");
            }
            IOException missing = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> SentimentModel.loadResource("humeur/models/absent"));
            assertTrue(missing.getMessage().startsWith("classpath:humeur/models/absent"), missing.getMessage());
            assertFalse(missing.getMessage().contains("\n"));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
