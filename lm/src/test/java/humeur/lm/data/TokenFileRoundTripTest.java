package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenFileRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void smallVocabularyUsesTwoBytesPerIdAndReadsBack() throws IOException {
        List<int[]> docs = List.of(new int[] {2, 10, 65_535, 0}, new int[] {2, 7});
        Path file = TokenFiles.write(dir.resolve("small.tok"), 65_536, docs);
        TokenFile tokens = TokenFile.open(file, TokenFiles.HASH);

        assertEquals(2, tokens.header().idWidth());
        assertEquals(6, tokens.size());
        assertEquals(65_535, tokens.get(2));
        assertArrayEquals(docs.get(0), tokens.document(0));
        assertArrayEquals(docs.get(1), tokens.document(1));
        assertEquals(tokens.header().fileLength(), Files.size(file));
    }

    @Test
    void largeVocabularyUsesFourBytesPerId() throws IOException {
        List<int[]> docs = List.of(new int[] {2, 65_536, 99_999, 1});
        TokenFile tokens = TokenFile.open(TokenFiles.write(dir.resolve("large.tok"), 100_000, docs));

        assertEquals(4, tokens.header().idWidth());
        assertArrayEquals(docs.get(0), tokens.document(0));
        assertEquals(99_999, tokens.get(2));
    }

    @Test
    void headerKeepsVocabularyAndFingerprint() throws IOException {
        Path file = dir.resolve("named.tok");
        try (TokenFileWriter out = TokenFileWriter.create(file, "fr-wiki·60k.vocab", "ab12", 60_000, "lm/a.gz 123 2024-01-01; tok v1")) {
            out.append(new int[] {2, 3});
            out.commit();
        }
        TokenFileHeader header = TokenFileHeader.read(file);
        assertEquals(new TokenFileHeader("fr-wiki·60k.vocab", "ab12", 60_000, 2, 2, 1, "lm/a.gz 123 2024-01-01; tok v1"), header);
        assertEquals(0, header.headerLength() % 8);
    }

    @Test
    void emptyDocumentsAndAnEmptyFileKeepTheirPlace() throws IOException {
        List<int[]> docs = List.of(new int[0], new int[] {2, 5}, new int[0], new int[0], new int[] {2});
        TokenFile tokens = TokenFile.open(TokenFiles.write(dir.resolve("gaps.tok"), 10, docs));
        assertEquals(5, tokens.documentCount());
        for (int d = 0; d < docs.size(); d++) {
            assertArrayEquals(docs.get(d), tokens.document(d), "document " + d);
        }
        assertEquals(2, tokens.documentStart(2));
        assertEquals(3, tokens.documentEnd(4));

        TokenFile empty = TokenFile.open(TokenFiles.write(dir.resolve("empty.tok"), 10, List.of()));
        assertEquals(0, empty.size());
        assertEquals(0, empty.documentCount());
    }

    @Test
    void manyDocumentsAcrossManyMappedSegments() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<int[]> docs = new ArrayList<>();
        for (int d = 0; d < 3000; d++) {
            docs.add(random.ints(random.nextInt(0, 200), 0, 70_000).toArray());
        }
        Path file = TokenFiles.write(dir.resolve("many.tok"), 70_000, docs);
        // 64-byte segments: every segment boundary logic runs, as it would past 1 GiB
        TokenFile tokens = TokenFile.open(file, null, 6);
        int[] all = docs.stream().flatMapToInt(Arrays::stream).toArray();
        assertEquals(all.length, tokens.size());
        for (int d = 0; d < docs.size(); d++) {
            assertArrayEquals(docs.get(d), tokens.document(d));
        }
        for (int i = 0; i < all.length; i += 97) {
            assertEquals(all[i], tokens.get(i));
        }
        int[] window = new int[1000];
        tokens.read(12_345, window, 0, 1000);
        assertArrayEquals(Arrays.copyOfRange(all, 12_345, 13_345), window);
    }

    @Test
    void readsOutsideTheStreamAreRefused() throws IOException {
        TokenFile tokens = TokenFile.open(TokenFiles.write(dir.resolve("x.tok"), 10, List.of(new int[] {2, 3, 4})));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.read(2, new int[2], 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.document(1));
    }

    @Test
    void appendTakesASliceOfAReusedArray() throws IOException {
        Path file = dir.resolve("slice.tok");
        try (TokenFileWriter out = TokenFileWriter.create(file, "v", "h", 100, "f")) {
            int[] buffer = {9, 2, 4, 6, 9};
            out.append(buffer, 1, 3);
            out.append(buffer, 0, 0);
            assertEquals(3, out.tokenCount());
            assertEquals(2, out.documentCount());
            out.commit();
        }
        TokenFile tokens = TokenFile.open(file);
        assertArrayEquals(new int[] {2, 4, 6}, tokens.document(0));
        assertArrayEquals(new int[0], tokens.document(1));
    }
}
