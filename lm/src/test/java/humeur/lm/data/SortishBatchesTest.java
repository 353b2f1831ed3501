package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortishBatchesTest {
    @TempDir
    Path dir;

    /** Document d holds ids 1000·d + 2 … so that every id says which document and which position it came from. */
    private static List<int[]> documents(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            int base = 1000 * d + 2;
            docs.add(IntStream.range(0, 1 + random.nextInt(300)).map(i -> base + i).toArray());
        }
        return docs;
    }

    private static int[] labels(int count) {
        return IntStream.range(0, count).map(d -> d % 3).toArray();
    }

    @Test
    void anEpochHoldsEveryDocumentOnceAndIsSeeded() {
        List<int[]> docs = documents(1234, 1);
        SortishBatches batches = SortishBatches.of(docs, labels(1234), SortishBatches.Options.of(16).withSeed(8));
        List<ClassifierBatch> epoch = batches.epoch(0);
        assertEquals(78, epoch.size()); // 77 full batches and 2 documents
        int[] seen = epoch.stream().flatMapToInt(b -> IntStream.of(b.indices())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 1234).toArray(), seen);
        assertEquals(2, epoch.get(77).size(), "the short batch stays last");

        assertEquals(order(epoch), order(batches.epoch(0)));
        assertEquals(order(epoch), order(SortishBatches.of(docs, labels(1234), SortishBatches.Options.of(16).withSeed(8)).epoch(0)));
        assertTrue(!order(epoch).equals(order(batches.epoch(1))), "each epoch has its own order");
        assertTrue(!order(epoch).equals(order(SortishBatches.of(docs, labels(1234), SortishBatches.Options.of(16)).epoch(0))));
    }

    private static List<List<Integer>> order(List<ClassifierBatch> epoch) {
        return epoch.stream().map(b -> Arrays.stream(b.indices()).boxed().toList()).toList();
    }

    @Test
    void batchesAreSortedLongestFirstAndTheLongestDocumentComesFirst() {
        List<int[]> docs = documents(3000, 2);
        List<ClassifierBatch> epoch = SortishBatches.of(docs, labels(3000), SortishBatches.Options.of(10).withMaxLength(5000)).epoch(3);
        assertEquals(docs.stream().mapToInt(d -> d.length).max().orElseThrow(), epoch.get(0).lengths()[0]);
        for (ClassifierBatch batch : epoch) {
            for (int r = 1; r < batch.size(); r++) {
                assertTrue(batch.lengths()[r - 1] >= batch.lengths()[r]);
            }
        }
        // sorting within chunks keeps padding small
        long real = epoch.stream().flatMapToInt(b -> IntStream.of(b.lengths())).asLongStream().sum();
        long total = epoch.stream().mapToLong(b -> (long) b.size() * b.width()).sum();
        assertTrue(total - real < real / 10, "padding " + (total - real) + " for " + real + " ids");
    }

    @Test
    void shuffledBatchesMixLengthsAsTheDataDoes() {
        List<int[]> docs = documents(3000, 7);
        SortishBatches.Options sortish = SortishBatches.Options.of(16).withMaxLength(5000).withSeed(3);
        List<ClassifierBatch> shuffled = SortishBatches.of(docs, labels(3000), sortish.withOrder(SortishBatches.Order.SHUFFLED)).epoch(0);
        int[] seen = shuffled.stream().flatMapToInt(b -> IntStream.of(b.indices())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 3000).toArray(), seen);
        assertEquals(docs.stream().mapToInt(d -> d.length).max().orElseThrow(), shuffled.get(0).lengths()[0]);
        for (ClassifierBatch batch : shuffled) {
            for (int r = 1; r < batch.size(); r++) {
                assertTrue(batch.lengths()[r - 1] >= batch.lengths()[r], "each batch still goes longest first");
            }
        }
        // documents are 1-300 ids long: a batch of 16 random ones spans most of that, a sortish one a few ids
        double shuffledSpan = meanSpan(shuffled);
        double sortishSpan = meanSpan(SortishBatches.of(docs, labels(3000), sortish).epoch(0));
        assertTrue(shuffledSpan > 200 && sortishSpan < 20, "mean span of a batch: shuffled " + shuffledSpan + ", sortish " + sortishSpan);
    }

    private static double meanSpan(List<ClassifierBatch> epoch) {
        return epoch.stream().mapToInt(b -> b.lengths()[0] - b.lengths()[b.size() - 1]).average().orElseThrow();
    }

    @Test
    void withinOneChunkTheBatchesCutOneLongestFirstOrder() {
        List<int[]> docs = documents(150, 3); // fewer than 4 · 50: a single chunk
        List<ClassifierBatch> epoch = SortishBatches.of(docs, null, SortishBatches.Options.of(4).withSeed(4)).epoch(0);
        int[] lengths = epoch.stream().sorted(Comparator.comparingInt((ClassifierBatch b) -> b.lengths()[0]).reversed())
                .flatMapToInt(b -> IntStream.of(b.lengths())).toArray();
        for (int i = 1; i < lengths.length; i++) {
            assertTrue(lengths[i - 1] >= lengths[i]);
        }
    }

    @Test
    void paddingComesFirstInWholeChunksAndDocumentsKeepTheirLastIds() {
        List<int[]> docs = documents(500, 5);
        int[] labels = labels(500);
        SortishBatches.Options options = SortishBatches.Options.of(7).withBptt(20).withMaxLength(100);
        for (ClassifierBatch batch : SortishBatches.of(docs, labels, options).epoch(0)) {
            assertEquals(batch.lengths()[0], batch.width(), "as wide as its longest document");
            for (int r = 0; r < batch.size(); r++) {
                int[] doc = docs.get(batch.indices()[r]);
                int kept = Math.min(doc.length, 100);
                int start = batch.starts()[r];
                int[] row = batch.tokens()[r];
                assertEquals(kept, batch.lengths()[r]);
                assertTrue(start == 0 || (batch.width() - start) % 20 == 0, "a document starts on a chunk boundary");
                assertTrue(batch.width() - start - kept < 20, "fewer than bptt pads after it");
                assertTrue(Arrays.stream(row, 0, start).allMatch(id -> id == 1));
                assertArrayEquals(Arrays.copyOfRange(doc, doc.length - kept, doc.length), Arrays.copyOfRange(row, start, start + kept));
                assertTrue(Arrays.stream(row, start + kept, row.length).allMatch(id -> id == 1));
                assertEquals(labels[batch.indices()[r]], batch.labels()[r]);
            }
            for (int c = 0; c < batch.chunkCount(); c++) {
                for (int r = 0; r < batch.size(); r++) {
                    int end = c + 1 < batch.chunkCount() ? batch.chunkStart(c + 1) : batch.width();
                    int[] chunk = Arrays.copyOfRange(batch.tokens()[r], batch.chunkStart(c), end);
                    boolean allPadding = Arrays.stream(chunk).allMatch(id -> id == 1);
                    assertEquals(r >= batch.activeRows(c), allPadding, "row " + r + ", chunk " + c);
                }
            }
        }
    }

    @Test
    void chunksAreCountedBackFromTheEndSoThatOnlyTheFirstIsShort() {
        // widths 25 with bptt 10: chunks [0, 5) [5, 15) [15, 25)
        List<int[]> docs = List.of(IntStream.range(2, 27).toArray(), IntStream.range(2, 14).toArray(), new int[] {2, 3, 4});
        ClassifierBatch batch = SortishBatches.of(docs, null, SortishBatches.Options.of(3).withBptt(10)).inOrderOfLength().get(0);
        assertEquals(3, batch.chunkCount());
        assertArrayEquals(new int[] {0, 5, 15}, IntStream.range(0, 3).map(batch::chunkStart).toArray());
        assertArrayEquals(new int[] {0, 5, 15}, batch.starts());
        assertArrayEquals(new int[] {1, 2, 3}, IntStream.range(0, 3).map(batch::activeRows).toArray());
        int[] shortest = new int[25];
        Arrays.fill(shortest, 1);
        shortest[15] = 2;
        shortest[16] = 3;
        shortest[17] = 4;
        assertArrayEquals(shortest, batch.tokens()[2], "15 pads, the document, 7 pads");
    }

    @Test
    void inferenceBatchesGoLongestFirstAndResultsReturnToInputOrder() {
        List<int[]> docs = documents(101, 6);
        List<ClassifierBatch> batches = SortishBatches.of(docs, null, SortishBatches.Options.of(8)).inOrderOfLength();
        int[] lengths = batches.stream().flatMapToInt(b -> IntStream.of(b.lengths())).toArray();
        for (int i = 1; i < lengths.length; i++) {
            assertTrue(lengths[i - 1] >= lengths[i]);
        }
        // a "model" that answers each document's first real id; put back by index, the answers follow the input
        int[] results = new int[docs.size()];
        for (ClassifierBatch batch : batches) {
            assertNull(batch.labels());
            for (int r = 0; r < batch.size(); r++) {
                results[batch.indices()[r]] = batch.tokens()[r][batch.starts()[r]];
            }
        }
        for (int d = 0; d < docs.size(); d++) {
            assertEquals(docs.get(d)[0], results[d]);
        }
    }

    @Test
    void aTokenFileBatchesLikeTheSameDocumentsInMemory() throws IOException {
        List<int[]> docs = documents(200, 7);
        TokenFile file = TokenFile.open(TokenFiles.write(dir.resolve("c.tok"), 1 << 20, docs));
        SortishBatches.Options options = SortishBatches.Options.of(9).withBptt(16).withMaxLength(50).withSeed(3);
        List<ClassifierBatch> fromFile = SortishBatches.of(file, labels(200), options).epoch(2);
        List<ClassifierBatch> fromMemory = SortishBatches.of(docs, labels(200), options).epoch(2);
        for (int b = 0; b < fromFile.size(); b++) {
            assertArrayEquals(fromMemory.get(b).tokens(), fromFile.get(b).tokens());
            assertArrayEquals(fromMemory.get(b).indices(), fromFile.get(b).indices());
        }
    }

    @Test
    void emptyDocumentsAndMissingLabelsAreRefused() {
        SortishBatches.Options options = SortishBatches.Options.of(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SortishBatches.of(List.of(new int[] {2, 5}, new int[0]), null, options));
        assertTrue(e.getMessage().startsWith("document 1 is empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SortishBatches.of(List.of(new int[] {2}), new int[2], options));
        assertEquals(List.of(), SortishBatches.of(List.of(), new int[0], options).epoch(0));
    }
}
