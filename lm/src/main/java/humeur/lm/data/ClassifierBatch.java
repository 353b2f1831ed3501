package humeur.lm.data;

/**
 * A batch of documents for the classifier, padded first in whole chunks. Every row is as wide as the longest
 * document; the width is cut into chunks counted back from the end, so that only the first one may be shorter
 * than bptt. A shorter document is preceded by whole chunks of pads, so that it starts on a chunk boundary, and
 * followed by the fewer than bptt pads left over, so that it ends in the last chunk. Rows go from the longest
 * document to the shortest, so in every chunk the rows holding real ids are a prefix ({@link #activeRows}): the
 * encoder runs those, skips the others, and a row joins with a fresh hidden state at its document's first id.
 *
 * <p>fastai's {@code pad_input_chunk} counts chunks from the start instead; then a document can end before a short
 * last chunk in which a shorter one lies, and the prefix breaks. Rounding the width up to whole chunks would mend
 * that too, but would make a batch of 20-id chat messages 72 wide.
 *
 * @param tokens  {@code [rows][width]} ids, pads included
 * @param lengths the number of real ids in each row
 * @param starts  where each row's real ids begin, a chunk boundary: the number of leading pads
 * @param labels  each row's label, or {@code null} when the documents have none (inference)
 * @param indices each row's document number in the input, to put results back in input order
 * @param bptt    the chunk length
 */
public record ClassifierBatch(int[][] tokens, int[] lengths, int[] starts, int[] labels, int[] indices, int bptt) {

    /** The number of rows. */
    public int size() {
        return tokens.length;
    }

    /** The width of every row: the longest document's length. */
    public int width() {
        return tokens.length == 0 ? 0 : tokens[0].length;
    }

    /** The number of chunks an encoder reads, all bptt long but the first. */
    public int chunkCount() {
        return (width() + bptt - 1) / bptt;
    }

    /** Where chunk {@code chunk} starts; it ends where the next one starts, the last one at the width. */
    public int chunkStart(int chunk) {
        return chunk == 0 ? 0 : width() - (chunkCount() - chunk) * bptt;
    }

    /** How many rows, from the first, hold real ids in chunk {@code chunk}; the others are all padding there. */
    public int activeRows(int chunk) {
        int at = chunkStart(chunk);
        int rows = 0;
        while (rows < starts.length && starts[rows] <= at) {
            rows++;
        }
        return rows;
    }
}
