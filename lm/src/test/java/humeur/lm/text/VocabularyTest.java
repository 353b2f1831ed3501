package humeur.lm.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    @TempDir
    Path dir;

    private static TokenCounts counts(Object... tokenThenCount) {
        TokenCounts counts = new TokenCounts();
        for (int i = 0; i < tokenThenCount.length; i += 2) {
            counts.add((String) tokenThenCount[i], (Integer) tokenThenCount[i + 1]);
        }
        return counts;
    }

    @Test
    void specialTokensFirstThenByCountThenByToken() {
        Vocabulary vocabulary = Vocabulary.build(counts("b", 5, "a", 5, "le", 9, "rare", 2, "xxmaj", 50), 100, 3);
        assertEquals(List.of("xxunk", "xxpad", "xxbos", "xxeos", "xxfld", "xxrep", "xxwrep", "xxup", "xxmaj", "le", "a", "b"),
                vocabulary.tokens());
        assertEquals(0, vocabulary.id("xxunk"));
        assertEquals(1, vocabulary.id("xxpad"));
        assertEquals(Vocabulary.PAD_ID, vocabulary.id(SpecialTokens.PAD));
        assertEquals(9, vocabulary.id("le"));
        assertEquals(Vocabulary.UNK_ID, vocabulary.id("rare"), "under the minimum frequency");
        assertEquals("a", vocabulary.token(10));
        assertEquals(12, vocabulary.size());
        assertTrue(vocabulary.contains("b"));
    }

    @Test
    void maxSizeCountsTheSpecialTokens() {
        Vocabulary vocabulary = Vocabulary.build(counts("un", 9, "deux", 8, "trois", 7), 11, 1);
        assertEquals(List.of("un", "deux"), vocabulary.tokens().subList(9, 11));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.build(new TokenCounts(), 8, 1));
    }

    @Test
    void theSameCountsInAnyOrderGiveTheSameIds() {
        TokenCounts forward = new TokenCounts();
        TokenCounts backward = new TokenCounts();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            tokens.add("t" + i % 37);
        }
        tokens.forEach(forward::add);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            backward.add(tokens.get(i));
        }
        assertEquals(Vocabulary.build(forward, 30, 1), Vocabulary.build(backward, 30, 1));
    }

    @Test
    void idsOfASentence() {
        Vocabulary vocabulary = Vocabulary.build(counts("le", 3, "chat", 3), 100, 1);
        assertEquals(List.of(2, 9, 10, 0), java.util.Arrays.stream(vocabulary.ids(List.of("xxbos", "chat", "le", "chien")))
                .boxed().toList());
        assertThrows(IllegalArgumentException.class, () -> vocabulary.token(11));
        assertThrows(IllegalArgumentException.class, () -> vocabulary.token(-1));
    }

    @Test
    void savedAndLoadedAsOneTokenPerLine() throws IOException {
        Vocabulary vocabulary = Vocabulary.build(counts("été", 4, "😍", 3, "l'", 9, ":)", 5), 100, 1);
        Path file = dir.resolve("model/vocab.txt");
        vocabulary.save(file);
        assertEquals(String.join("\n", vocabulary.tokens()) + "\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(vocabulary, Vocabulary.load(file));
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        assertEquals(vocabulary, Vocabulary.load(file), "a file edited on Windows still loads");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Vocabulary.load(missing));
        assertTrue(e.getMessage().contains("nope.txt") && e.getMessage().contains("no such vocabulary file"), e.getMessage());
    }

    @Test
    void corruptFilesFailWithFileAndLine() throws IOException {
        String specials = String.join("\n", SpecialTokens.ALL) + "\n";
        assertFails(specials + "le\n\nchat\n", "line 11: empty line");
        assertFails(specials + "le\nchat\nle\n", "line 12: token 'le' already on line 10");
        assertFails("xxunk\nxxpad\nle\n", "line 3: expected the special token xxbos, found 'le'");
        assertFails(specials + "deux mots\n", "line 10: 'deux mots' holds a space");
        assertFails("", "empty vocabulary file");
        assertFails("xxunk\nxxpad\n", "only 2 lines");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, (specials + "été\n").getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> Vocabulary.load(latin1));
        assertTrue(e.getMessage().contains("latin1.txt: line 10: not UTF-8 text"), e.getMessage());
    }

    private void assertFails(String content, String message) throws IOException {
        Path file = dir.resolve("vocab.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Vocabulary.load(file));
        assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains(message), e.getMessage());
    }
}
