package humeur.lm.data;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the lengths, sizes and seed: each document once per epoch, sorted rows, chunk-aligned padding. */
class SortishBatchesPropertyTest {

    // six parameters combine into hundreds of edge cases; their small ranges reach both ends at random anyway
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void everyEpochIsACompleteWellPaddedSortishOrder(@ForAll @Size(max = 400) List<@IntRange(min = 1, max = 200) Integer> lengths,
                                                     @ForAll @IntRange(min = 1, max = 12) int batchSize,
                                                     @ForAll @IntRange(min = 1, max = 30) int bptt,
                                                     @ForAll @IntRange(min = 1, max = 150) int maxLength,
                                                     @ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int epoch) {
        List<int[]> docs = lengths.stream().map(n -> IntStream.range(0, n).map(i -> 2 + i).toArray()).toList();
        SortishBatches.Options options = new SortishBatches.Options(batchSize, bptt, maxLength, 1, seed);
        List<ClassifierBatch> batches = SortishBatches.of(docs, null, options).epoch(epoch);

        int[] seen = batches.stream().flatMapToInt(b -> IntStream.of(b.indices())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, docs.size()).toArray(), seen);
        int longest = lengths.stream().mapToInt(n -> Math.min(n, maxLength)).max().orElse(0);
        if (!batches.isEmpty()) {
            assertEquals(longest, batches.get(0).width());
        }
        for (int b = 0; b < batches.size(); b++) {
            ClassifierBatch batch = batches.get(b);
            assertTrue(batch.size() == batchSize || b == batches.size() - 1);
            for (int r = 0; r < batch.size(); r++) {
                int kept = batch.lengths()[r];
                int start = batch.starts()[r];
                assertTrue(r == 0 || batch.lengths()[r - 1] >= kept);
                assertEquals(Math.min(lengths.get(batch.indices()[r]), maxLength), kept);
                assertTrue(start == 0 || (batch.width() - start) % bptt == 0);
                assertTrue(batch.width() - start - kept < bptt);
                assertTrue(Arrays.stream(batch.tokens()[r], 0, start).allMatch(id -> id == 1));
                assertTrue(batch.tokens()[r][start] != 1);
            }
            for (int c = 0; c < batch.chunkCount(); c++) {
                for (int r = 0; r < batch.size(); r++) {
                    int end = c + 1 < batch.chunkCount() ? batch.chunkStart(c + 1) : batch.width();
                    boolean allPadding = Arrays.stream(batch.tokens()[r], batch.chunkStart(c), end).allMatch(id -> id == 1);
                    assertEquals(r >= batch.activeRows(c), allPadding);
                }
            }
        }
    }
}
