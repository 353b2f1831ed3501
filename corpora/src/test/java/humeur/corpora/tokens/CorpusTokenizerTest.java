package humeur.corpora.tokens;

import humeur.lm.data.TokenFile;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Corpora to counts and token-id files, on several threads, in reading order, and skipped when unchanged. */
class CorpusTokenizerTest {
    @TempDir
    Path dir;

    private List<String> lines(int n, String seed) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(seed + " numéro " + i + " : C'est TROP bien l'été !!! 😍");
        }
        return lines;
    }

    private Path corpus() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Files.write(folder.resolve("a.txt"), lines(3000, "Bonjour"), StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.txt.gz")))) {
            out.write(String.join("\n", lines(2500, "Salut")).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("c.csv"), "text,label\n\"Un film génial, vraiment\",1\nNul.,0\n");
        return folder;
    }

    @Test
    void writesTheSameIdsAsTokenisingOneByOneOnAnyNumberOfThreads() throws Exception {
        List<Path> files = CorpusSources.files(List.of(corpus()));
        assertEquals(3, files.size());
        TokenCounts counts = new CorpusTokenizer(2, CorpusTokenizer.Progress.NONE).count(files);
        Vocabulary vocabulary = Vocabulary.build(counts, 1000, 1);
        Path vocabFile = dir.resolve("vocab.txt");
        vocabulary.save(vocabFile);
        TextEncoder encoder = TextEncoder.words(vocabulary, vocabFile);

        Path one = dir.resolve("one.tok");
        Path two = dir.resolve("two.tok");
        CorpusTokenizer.Result result = new CorpusTokenizer(1, CorpusTokenizer.Progress.NONE).tokenize(files, encoder, one);
        new CorpusTokenizer(3, CorpusTokenizer.Progress.NONE).tokenize(files, encoder, two);
        assertEquals(5502, result.documents());
        assertEquals(counts.total(), result.tokens());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));

        TokenFile file = TokenFile.open(one, encoder.vocabularyHash());
        assertArrayEquals(vocabulary.ids(FrenchTokenizer.tokenize("Un film génial, vraiment")), file.document(5500));
        assertEquals(Arrays.asList("xxbos", "xxmaj", "bonjour", "numéro", "0"),
                Arrays.stream(file.document(0)).limit(5).mapToObj(vocabulary::token).toList());
    }

    @Test
    void anUnchangedCorpusIsNotTokenisedAgainButAChangedOneIs() throws Exception {
        List<Path> files = CorpusSources.files(List.of(corpus()));
        Vocabulary vocabulary = Vocabulary.build(new CorpusTokenizer(2, CorpusTokenizer.Progress.NONE).count(files), 100, 1);
        Path vocabFile = dir.resolve("vocab.txt");
        vocabulary.save(vocabFile);
        TextEncoder encoder = TextEncoder.words(vocabulary, vocabFile);
        Path out = dir.resolve("corpus.tok");
        CorpusTokenizer tokenizer = new CorpusTokenizer(2, CorpusTokenizer.Progress.NONE);
        assertFalse(tokenizer.tokenize(files, encoder, out).upToDate());
        assertTrue(tokenizer.tokenize(files, encoder, out).upToDate());
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(Files.getLastModifiedTime(files.get(0)).toMillis() + 5000));
        assertFalse(tokenizer.tokenize(files, encoder, out).upToDate());
    }
}
