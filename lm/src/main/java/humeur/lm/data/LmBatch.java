package humeur.lm.data;

/**
 * One language-model batch: {@code batch} rows of {@code seqLength} input ids, and the ids that follow each of them.
 * Row r continues row r of the previous batch, so the hidden state carries over; it starts afresh with each epoch.
 *
 * @param input     {@code [batch][seqLength]} ids
 * @param target    {@code [batch][seqLength]}: {@code target[r][t] == input[r][t + 1]}, and the next id after the last
 * @param seqLength the length of this batch's windows; with variable lengths, scale the learning rate by
 *                  {@code seqLength / bptt} as AWD-LSTM does, so that short windows do not weigh as much as long ones
 * @param position  where this batch starts
 * @param next      where the batch after it starts: what a checkpoint saves after training on this one
 */
public record LmBatch(int[][] input, int[][] target, int seqLength, StreamPosition position, StreamPosition next) {

    /** Whether this batch starts an epoch, when the hidden state must be reset. */
    public boolean startsEpoch() {
        return position.offset() == 0;
    }
}
