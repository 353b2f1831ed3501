package humeur.lm.data;

/**
 * Where the next language-model batch starts: what a training checkpoint saves so that training resumes on exactly
 * the batches it would have seen. Three numbers, trivially serialised.
 *
 * @param epoch  the epoch, which seeds the document order and the sequence lengths
 * @param step   the number of batches already read in this epoch
 * @param offset the number of tokens already read in each row
 */
public record StreamPosition(int epoch, int step, long offset) {

    public StreamPosition {
        if (epoch < 0 || step < 0 || offset < 0) {
            throw new IllegalArgumentException("negative stream position " + epoch + "/" + step + "/" + offset);
        }
    }

    /** The start of an epoch. */
    public static StreamPosition startOf(int epoch) {
        return new StreamPosition(epoch, 0, 0);
    }
}
