package humeur.lm.data;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever the documents and the vocabulary size, a token file reads back exactly what was appended. */
class TokenFileRoundTripPropertyTest {

    @Property(tries = 150)
    void readsBackWhatWasWritten(@ForAll @Size(max = 30) List<@Size(max = 60) List<@IntRange(min = 0, max = 1 << 20) Integer>> raw,
                                 @ForAll boolean wide, @ForAll @IntRange(min = 3, max = 12) int segmentBits) throws IOException {
        int vocabulary = wide ? (1 << 20) + 1 : 1 << 16;
        List<int[]> docs = raw.stream().map(d -> d.stream().mapToInt(id -> id % vocabulary).toArray()).toList();
        Path dir = Files.createTempDirectory("token-file-property");
        try {
            TokenFile tokens = TokenFile.open(TokenFiles.write(dir.resolve("p.tok"), vocabulary, docs), TokenFiles.HASH, segmentBits);
            int[] all = docs.stream().flatMapToInt(Arrays::stream).toArray();
            int[] read = new int[all.length];
            tokens.read(0, read, 0, all.length);
            assertArrayEquals(all, read);
            assertEquals(docs.size(), tokens.documentCount());
            for (int d = 0; d < docs.size(); d++) {
                assertArrayEquals(docs.get(d), tokens.document(d));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
