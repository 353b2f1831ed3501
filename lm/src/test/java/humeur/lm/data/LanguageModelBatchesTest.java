package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token ids here are their positions in the stream, so every batch says exactly where it was read from. */
class LanguageModelBatchesTest {
    private static final int N = 1003;
    private static final int ROWS = 4;
    private static final long L = (N - 1) / ROWS; // 250

    @TempDir
    Path dir;

    private TokenFile numbered() throws IOException {
        return TokenFile.open(TokenFiles.write(dir.resolve("lm.tok"), 1 << 20, TokenFiles.numbered(300, 1, 0, 402, 300)));
    }

    private static List<LmBatch> all(LanguageModelBatches batches, int epoch) {
        List<LmBatch> list = new ArrayList<>();
        batches.epoch(epoch).forEach(list::add);
        return list;
    }

    @Test
    void everyTokenOfEveryRowIsAnInputOnceAndTargetsFollowThem() throws IOException {
        for (LanguageModelBatches.Options options : List.of(LanguageModelBatches.Options.of(ROWS, 7),
                LanguageModelBatches.Options.of(ROWS, 20).withVariableLength().withSeed(3))) {
            LanguageModelBatches batches = LanguageModelBatches.over(numbered(), options);
            assertEquals(L, batches.rowLength());
            List<LmBatch> epoch = all(batches, 0);
            assertEquals(batches.stepsInEpoch(0), epoch.size());
            for (int r = 0; r < ROWS; r++) {
                long expected = r * L;
                for (LmBatch batch : epoch) {
                    assertEquals(batch.seqLength(), batch.input()[r].length);
                    for (int t = 0; t < batch.seqLength(); t++) {
                        assertEquals(expected, batch.input()[r][t]);
                        assertEquals(expected + 1, batch.target()[r][t]);
                        expected++;
                    }
                }
                assertEquals((r + 1) * L, expected, "row " + r + " read whole");
            }
            assertTrue(epoch.get(0).startsEpoch());
            assertFalse(epoch.get(1).startsEpoch());
        }
    }

    @Test
    void fixedWindowsAreBpttLongButTheLast() throws IOException {
        List<LmBatch> epoch = all(LanguageModelBatches.over(numbered(), LanguageModelBatches.Options.of(ROWS, 7)), 0);
        assertEquals(36, epoch.size()); // 250 = 35 · 7 + 5
        assertTrue(epoch.subList(0, 35).stream().allMatch(b -> b.seqLength() == 7));
        assertEquals(5, epoch.get(35).seqLength());
    }

    @Test
    void backwardReadsTheStreamFromItsEnd() throws IOException {
        LanguageModelBatches batches = LanguageModelBatches.over(numbered(), LanguageModelBatches.Options.of(ROWS, 9).withBackward());
        long offset = 0;
        for (LmBatch batch : batches.epoch(0)) {
            for (int r = 0; r < ROWS; r++) {
                for (int t = 0; t < batch.seqLength(); t++) {
                    long reversedPosition = r * L + offset + t;
                    assertEquals(N - 1 - reversedPosition, batch.input()[r][t]);
                    assertEquals(N - 2 - reversedPosition, batch.target()[r][t]);
                }
            }
            offset += batch.seqLength();
        }
        assertEquals(L, offset);
    }

    @Test
    void resumingFromASavedPositionGivesTheSameBatches() throws IOException {
        LanguageModelBatches.Options options = LanguageModelBatches.Options.of(ROWS, 12)
                .withVariableLength().withShuffledDocuments().withBackward().withSeed(99);
        List<LmBatch> epoch = all(LanguageModelBatches.over(numbered(), options), 2);
        for (int k : new int[] {0, 1, 5, epoch.size() - 1}) {
            StreamPosition saved = new StreamPosition(2, epoch.get(k).position().step(), epoch.get(k).position().offset());
            // a new instance, as after a restart
            var resumed = LanguageModelBatches.over(numbered(), options).from(saved);
            for (LmBatch expected : epoch.subList(k, epoch.size())) {
                LmBatch actual = resumed.next();
                assertArrayEquals(expected.input(), actual.input());
                assertArrayEquals(expected.target(), actual.target());
                assertEquals(expected.next(), actual.next());
            }
            assertFalse(resumed.hasNext());
        }
    }

    @Test
    void variableLengthsAreSeededAndBounded() throws IOException {
        LanguageModelBatches.Options options = LanguageModelBatches.Options.of(ROWS, 10).withVariableLength();
        List<LmBatch> a = all(LanguageModelBatches.over(numbered(), options.withSeed(1)), 0);
        List<LmBatch> b = all(LanguageModelBatches.over(numbered(), options.withSeed(1)), 0);
        List<LmBatch> c = all(LanguageModelBatches.over(numbered(), options.withSeed(2)), 0);
        assertEquals(a.stream().map(LmBatch::seqLength).toList(), b.stream().map(LmBatch::seqLength).toList());
        assertTrue(!a.stream().map(LmBatch::seqLength).toList().equals(c.stream().map(LmBatch::seqLength).toList()));
        assertEquals(35, a.get(0).seqLength()); // bptt + 25 first
        assertTrue(a.stream().allMatch(x -> x.seqLength() >= 1 && x.seqLength() <= 35));
    }

    @Test
    void shuffledDocumentsChangeOrderEachEpochButKeepEachDocumentWhole() throws IOException {
        List<int[]> docs = TokenFiles.numbered(50, 0, 13, 77, 1, 60, 99, 0, 40, 64);
        TokenFile file = TokenFile.open(TokenFiles.write(dir.resolve("docs.tok"), 1 << 20, docs));
        LanguageModelBatches.Options options = LanguageModelBatches.Options.of(3, 11).withShuffledDocuments().withSeed(5);
        List<Integer> docStarts = docs.stream().filter(d -> d.length > 0).map(d -> d[0]).toList();
        List<List<Integer>> orders = new ArrayList<>();
        for (int epoch = 0; epoch < 4; epoch++) {
            int[] seen = rowsRead(LanguageModelBatches.over(file, options), epoch, 3);
            // ids are stream positions: within a document they rise by one, so a jump always lands on a new document
            List<Integer> runStarts = new ArrayList<>(List.of(seen[0]));
            for (int i = 1; i < seen.length; i++) {
                if (seen[i] != seen[i - 1] + 1) {
                    runStarts.add(seen[i]);
                }
            }
            assertTrue(docStarts.containsAll(runStarts.subList(1, runStarts.size())), "every jump lands on a document start");
            assertEquals(runStarts.size(), new HashSet<>(runStarts).size(), "no document read twice");
            assertArrayEquals(seen, rowsRead(LanguageModelBatches.over(file, options), epoch, 3), "seeded");
            orders.add(runStarts);
        }
        assertEquals(4, new HashSet<>(orders).size(), "each epoch has its own order");
    }

    // the inputs of each row, one row after the other: the stream as the epoch read it
    private static int[] rowsRead(LanguageModelBatches batches, int epoch, int rows) {
        int[] seen = new int[(int) (rows * batches.rowLength())];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (LmBatch batch : batches.epoch(epoch)) {
                System.arraycopy(batch.input()[r], 0, seen, at, batch.seqLength());
                at += batch.seqLength();
            }
        }
        return seen;
    }

    @Test
    void aStreamTooShortForTheRowsIsRefused() throws IOException {
        TokenFile tiny = TokenFile.open(TokenFiles.write(dir.resolve("tiny.tok"), 10, List.of(new int[] {2, 3, 4})));
        assertThrows(IllegalArgumentException.class, () -> LanguageModelBatches.over(tiny, LanguageModelBatches.Options.of(4, 70)));
    }
}
