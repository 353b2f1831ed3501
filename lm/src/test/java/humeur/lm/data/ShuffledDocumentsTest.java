package humeur.lm.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ShuffledDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDocumentsInTheGivenOrderAcrossBoundariesAndEmptyDocuments() throws IOException {
        List<int[]> docs = List.of(new int[] {2, 10, 11}, new int[0], new int[] {2, 20}, new int[] {2, 30, 31, 32}, new int[0]);
        TokenFile file = TokenFile.open(TokenFiles.write(dir.resolve("d.tok"), 100, docs));
        int[] order = {3, 1, 4, 0, 2};
        ShuffledDocuments shuffled = new ShuffledDocuments(file, order);
        int[] expected = IntStream.of(order).flatMap(d -> IntStream.of(docs.get(d))).toArray();
        for (int from = 0; from < expected.length; from++) {
            for (int length = 0; from + length <= expected.length; length++) {
                int[] into = new int[length];
                shuffled.read(from, into, 0, length);
                assertArrayEquals(Arrays.copyOfRange(expected, from, from + length), into, from + "+" + length);
            }
        }
        int[] backward = new int[expected.length];
        new ReversedStream(shuffled).read(0, backward, 0, backward.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[expected.length - 1 - i], backward[i]);
        }
    }
}
