package humeur.lm.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes small token-id files for tests. */
final class TokenFiles {
    static final String HASH = "3f2a…vocab-sha256";

    private TokenFiles() {
    }

    static Path write(Path file, int vocabularySize, List<int[]> documents) throws IOException {
        try (TokenFileWriter out = TokenFileWriter.create(file, "test.vocab", HASH, vocabularySize, "test input")) {
            for (int[] doc : documents) {
                out.append(doc);
            }
            out.commit();
        }
        return file;
    }

    /** Documents of the given lengths whose ids are their positions in the stream, so that every token is distinct. */
    static List<int[]> numbered(int... lengths) {
        int next = 0;
        int[][] docs = new int[lengths.length][];
        for (int d = 0; d < lengths.length; d++) {
            docs[d] = new int[lengths[d]];
            for (int i = 0; i < lengths[d]; i++) {
                docs[d][i] = next++;
            }
        }
        return List.of(docs);
    }
}
