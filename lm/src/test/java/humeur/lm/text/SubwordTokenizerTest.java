package humeur.lm.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny unigram model trained here with {@code spm_train} on a page of French chat, then applied through DJL. */
class SubwordTokenizerTest {
    @TempDir
    static Path dir;
    private static Path trained;

    /** The model, trained on first use; each test needing it skips on its own when spm_train is missing. */
    private static synchronized Path model() throws Exception {
        Path spmTrain = SubwordTraining.requireSpmTrain();
        if (trained == null) {
            trained = SubwordModelTrainer.using(spmTrain).withVocabSize(400).train(SubwordTraining.chat(), dir.resolve("chat"));
        }
        return trained;
    }

    @Test
    void specialTokensHaveTheirWordVocabularyIds() throws Exception {
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(model())) {
            assertEquals(SpecialTokens.ALL, tokenizer.vocabulary().tokens().subList(0, 9));
            int[] ids = tokenizer.encode("Salut TOI");
            assertEquals(2, ids[0], "xxbos");
            assertTrue(Arrays.stream(ids).anyMatch(id -> id == 8) && Arrays.stream(ids).anyMatch(id -> id == 7), "xxmaj and xxup");
            List<String> pieces = tokenizer.pieces("voir https://x.fr @paul");
            assertEquals(List.of("xxurl", "@user"), pieces.subList(pieces.size() - 2, pieces.size()), "symbols are one piece");
            assertEquals(SpecialTokens.BOS, pieces.get(0));
            assertTrue(pieces.stream().noneMatch("▁"::equals), () -> "no lone ▁ before symbols: " + pieces);
            assertTrue(tokenizer.size() <= 400 && tokenizer.size() > 268);
        }
    }

    @Test
    void decodingGivesBackTheAnalysedTextWithAccentsAndEmoji() throws Exception {
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(model())) {
            for (String text : List.of("J'AI TROP HÂTE !!! 😍😍😍 c'est trooooop bien l'été :)",
                    "Ça coûte 12,5 € à Noël, même pour ma sœur 👨‍👩‍👧 👍🏽", "Œuvre ŷ ǅ 𝄞 🦫 ⴰ 中文 — « déjà » …",
                    "fooxxmajbar xxmaj", "")) {
                int[] ids = tokenizer.encode(text);
                assertEquals(String.join(" ", FrenchTokenizer.tokenize(text)), tokenizer.decode(ids), text);
                assertTrue(Arrays.stream(ids).noneMatch(id -> id == Vocabulary.UNK_ID), () -> "xxunk in " + Arrays.toString(ids));
            }
        }
    }

    @Test
    void emojiSeenInTrainingAreWholePieces() throws Exception {
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(model())) {
            List<String> pieces = tokenizer.pieces("trop bien 😍");
            assertTrue(pieces.contains("😍") || pieces.contains("▁😍"), pieces::toString);
            assertTrue(pieces.stream().noneMatch(p -> p.startsWith("<0x")), () -> "no byte pieces: " + pieces);
        }
    }

    @Test
    void encodingIsTheSameFromManyThreads() throws Exception {
        try (SubwordTokenizer tokenizer = SubwordTokenizer.load(model())) {
            List<String> texts = SubwordTraining.chat();
            List<int[]> expected = texts.stream().map(tokenizer::encode).toList();
            List<List<int[]>> runs = java.util.stream.IntStream.range(0, 4).parallel()
                    .mapToObj(i -> texts.stream().map(tokenizer::encode).toList()).toList();
            for (List<int[]> run : runs) {
                for (int i = 0; i < texts.size(); i++) {
                    assertArrayEquals(expected.get(i), run.get(i));
                }
            }
            assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {tokenizer.size()}));
        }
    }

    @Test
    void missingAndForeignFilesAreNamed() throws Exception {
        NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> SubwordTokenizer.load(dir.resolve("x.model")));
        assertTrue(missing.getMessage().contains("x.model: no such subword model"), missing.getMessage());
        Path text = dir.resolve("not-a.model");
        Files.writeString(text, "xxunk\nxxpad\n");
        IOException e = assertThrows(IOException.class, () -> SubwordTokenizer.load(text));
        assertTrue(e.getMessage().contains("not-a.model: not a SentencePiece model"), e.getMessage());
    }

    @Test
    void modelsTrainedWithoutTheSpecialTokensAreRefused() throws Exception {
        Path plain = dir.resolve("plain");
        Path input = dir.resolve("plain.txt");
        Files.write(input, SubwordTraining.chat(), StandardCharsets.UTF_8);
        Process spm = new ProcessBuilder(SubwordTraining.requireSpmTrain().toString(), "--input=" + input,
                "--model_prefix=" + plain, "--vocab_size=300", "--hard_vocab_limit=false").redirectErrorStream(true)
                .redirectOutput(dir.resolve("plain.log").toFile()).start();
        assertEquals(0, spm.waitFor());
        IOException e = assertThrows(IOException.class, () -> SubwordTokenizer.load(Path.of(plain + ".model")));
        assertTrue(e.getMessage().contains("piece 0 is '<unk>', expected xxunk"), e.getMessage());
    }

}
