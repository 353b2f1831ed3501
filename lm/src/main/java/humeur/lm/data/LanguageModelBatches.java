package humeur.lm.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A token stream cut into language-model batches, as fastai's LMDataLoader cuts it: the stream of n ids is split
 * into {@code batchSize} contiguous rows of L = (n − 1) / batchSize ids (the − 1 leaves the last row a target), and
 * each batch takes the next window of every row. Across an epoch every id of every row is an input exactly once.
 *
 * <p>Options: fixed or variable window lengths ({@link SequenceLengths}); the backward direction, which reads the
 * stream from its end; and a new, seeded order of the documents every epoch, read through the memory map without
 * copying (fastai shuffles the documents of an LM epoch the same way). Each batch says where it starts and where the
 * next one does: reading again from a saved {@link StreamPosition} gives exactly the batches that would have followed.
 */
public final class LanguageModelBatches {
    private final TokenFile file;
    private final Options options;
    private final SequenceLengths lengths;
    private final long rowLength;
    private int cachedEpoch = -1;
    private TokenStream cachedStream;

    /**
     * How to cut the stream.
     *
     * @param batchSize        the number of parallel rows
     * @param bptt             the window length (fastai's seq_len; MultiFiT 70, fastai 72)
     * @param variableLength   whether window lengths vary around bptt, as AWD-LSTM draws them
     * @param backward         whether to read the stream from its end, for a backward language model
     * @param shuffleDocuments whether each epoch reads the documents in a new order drawn from the seed and the epoch
     * @param seed             seeds the document orders and the window lengths
     */
    public record Options(int batchSize, int bptt, boolean variableLength, boolean backward, boolean shuffleDocuments, long seed) {
        public Options {
            if (batchSize <= 0 || bptt <= 0) {
                throw new IllegalArgumentException("batch size " + batchSize + " and bptt " + bptt + " must be positive");
            }
        }

        /** Fixed windows of {@code bptt}, forward, documents in file order, seed 0. */
        public static Options of(int batchSize, int bptt) {
            return new Options(batchSize, bptt, false, false, false, 0);
        }

        /** The same with window lengths drawn around bptt. */
        public Options withVariableLength() {
            return new Options(batchSize, bptt, true, backward, shuffleDocuments, seed);
        }

        /** The same, read from the end of the stream. */
        public Options withBackward() {
            return new Options(batchSize, bptt, variableLength, true, shuffleDocuments, seed);
        }

        /** The same with the documents in a new order each epoch. */
        public Options withShuffledDocuments() {
            return new Options(batchSize, bptt, variableLength, backward, true, seed);
        }

        /** The same with another seed. */
        public Options withSeed(long newSeed) {
            return new Options(batchSize, bptt, variableLength, backward, shuffleDocuments, newSeed);
        }
    }

    private LanguageModelBatches(TokenFile file, Options options) {
        this.file = file;
        this.options = options;
        this.lengths = new SequenceLengths(options.bptt(), options.variableLength(), options.seed());
        this.rowLength = (file.size() - 1) / options.batchSize();
        if (rowLength <= 0) {
            throw new IllegalArgumentException(file.path() + " holds " + file.size() + " tokens, too few for "
                    + options.batchSize() + " rows");
        }
        if (options.shuffleDocuments() && file.documentCount() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(file.path() + ": too many documents to shuffle");
        }
    }

    /** Batches over the ids of {@code file}. */
    public static LanguageModelBatches over(TokenFile file, Options options) {
        return new LanguageModelBatches(file, options);
    }

    /** The number of ids in each row, what an epoch reads of each. */
    public long rowLength() {
        return rowLength;
    }

    /** The number of batches in an epoch: with variable lengths it differs a little from epoch to epoch. */
    public int stepsInEpoch(int epoch) {
        int steps = 0;
        for (long offset = 0; offset < rowLength; steps++) {
            offset += lengths.length(epoch, steps);
        }
        return steps;
    }

    /** The batches of an epoch, from its start. */
    public Iterable<LmBatch> epoch(int epoch) {
        return () -> from(StreamPosition.startOf(epoch));
    }

    /** The batches from {@code position} to the end of its epoch: to resume training where a checkpoint stopped. */
    public Iterator<LmBatch> from(StreamPosition position) {
        return new Iterator<>() {
            private StreamPosition next = position;

            @Override
            public boolean hasNext() {
                return next.offset() < rowLength;
            }

            @Override
            public LmBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("epoch " + next.epoch() + " is over");
                }
                LmBatch batch = read(next);
                next = batch.next();
                return batch;
            }
        };
    }

    /** The batch that starts at {@code position}, which must lie inside its epoch. */
    public LmBatch read(StreamPosition position) {
        if (position.offset() >= rowLength) {
            throw new IllegalArgumentException("position " + position + " is past the end of the epoch (rows of " + rowLength + ")");
        }
        int seq = (int) Math.min(lengths.length(position.epoch(), position.step()), rowLength - position.offset());
        TokenStream stream = stream(position.epoch());
        int rows = options.batchSize();
        int[][] input = new int[rows][];
        int[][] target = new int[rows][];
        int[] window = new int[seq + 1];
        for (int r = 0; r < rows; r++) {
            stream.read(r * rowLength + position.offset(), window, 0, seq + 1);
            input[r] = Arrays.copyOf(window, seq);
            target[r] = Arrays.copyOfRange(window, 1, seq + 1);
        }
        StreamPosition next = new StreamPosition(position.epoch(), position.step() + 1, position.offset() + seq);
        return new LmBatch(input, target, seq, position, next);
    }

    // the order of an epoch costs a pass over the document index: keep the current one
    private synchronized TokenStream stream(int epoch) {
        if (epoch != cachedEpoch) {
            TokenStream stream = file;
            if (options.shuffleDocuments()) {
                int[] order = Seeds.permutation((int) file.documentCount(), Seeds.random(options.seed(), 2, epoch));
                stream = new ShuffledDocuments(file, order);
            }
            cachedStream = options.backward() ? new ReversedStream(stream) : stream;
            cachedEpoch = epoch;
        }
        return cachedStream;
    }
}
