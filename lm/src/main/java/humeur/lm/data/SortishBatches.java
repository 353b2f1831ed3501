package humeur.lm.data;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SplittableRandom;

/**
 * Documents grouped into classifier batches. A training epoch is a seeded shuffle, cut into chunks, each chunk sorted
 * longest first and cut into batches ({@link Order}: chunks of 50 batches are fastai's sortish order, SortedDL, with
 * little padding; chunks of one batch leave batches mixed in length); the batch holding the longest document comes
 * first, so that running out of memory shows at once, the last (possibly short) batch stays last, and the others are
 * shuffled. Inference takes the documents longest first, unshuffled, and each batch says which documents it holds so
 * results can be put back.
 *
 * <p>Documents longer than {@code maxLength} keep their last {@code maxLength} ids (BPT3C's classifier pools the
 * last 1440). Batches are built when asked for, so an epoch holds only its order in memory.
 */
public final class SortishBatches {
    private final DocumentSource documents;
    private final int[] labels;
    private final Options options;
    private final int[] kept;

    /** How a training epoch groups documents into batches. */
    public enum Order {
        /**
         * fastai's sortish order: every batch holds documents of nearly one length, so padding and wasted steps stay
         * small. A model with BatchNorm then trains on batch statistics of one length at a time.
         */
        SORTISH(50),
        /**
         * Batches of shuffled documents, each sorted longest first only within itself: every batch mixes lengths as the
         * data does, so BatchNorm's batch statistics are those the whole data set has, which inference uses. Took 1.7
         * times as long as sortish on the default model's reviews and tweets: the longest document of each batch
         * sets its number of steps.
         */
        SHUFFLED(1);

        private final int batchesPerSortedChunk;

        Order(int batchesPerSortedChunk) {
            this.batchesPerSortedChunk = batchesPerSortedChunk;
        }
    }

    /**
     * How to batch.
     *
     * @param batchSize the number of documents in a batch
     * @param bptt      the chunk length of the encoder, in which padding comes (fastai 72, MultiFiT 70)
     * @param maxLength the most ids kept of a document, its last ones (fastai 1440)
     * @param padId     the padding id (1 in fastai's vocabularies)
     * @param seed      seeds the order of each epoch
     * @param order     how a training epoch groups documents (inference always goes longest first)
     */
    public record Options(int batchSize, int bptt, int maxLength, int padId, long seed, Order order) {
        public Options {
            if (batchSize <= 0 || bptt <= 0 || maxLength <= 0) {
                throw new IllegalArgumentException("batch size, bptt and max length must be positive");
            }
            Objects.requireNonNull(order, "order");
        }

        /** Sortish batches (fastai's order); inference, which always goes longest first, needs no more. */
        public Options(int batchSize, int bptt, int maxLength, int padId, long seed) {
            this(batchSize, bptt, maxLength, padId, seed, Order.SORTISH);
        }

        /** fastai's classifier defaults for a batch size: bptt 72, max length 1440, pad 1, seed 0, sortish. */
        public static Options of(int batchSize) {
            return new Options(batchSize, 72, 1440, 1, 0);
        }

        /** The same with another chunk length. */
        public Options withBptt(int newBptt) {
            return new Options(batchSize, newBptt, maxLength, padId, seed, order);
        }

        /** The same keeping at most this many ids of each document. */
        public Options withMaxLength(int newMaxLength) {
            return new Options(batchSize, bptt, newMaxLength, padId, seed, order);
        }

        /** The same with another seed. */
        public Options withSeed(long newSeed) {
            return new Options(batchSize, bptt, maxLength, padId, newSeed, order);
        }

        /** The same with another training order. */
        public Options withOrder(Order newOrder) {
            return new Options(batchSize, bptt, maxLength, padId, seed, newOrder);
        }
    }

    private SortishBatches(DocumentSource documents, int[] labels, Options options) {
        this.documents = documents;
        this.labels = labels == null ? null : labels.clone();
        this.options = Objects.requireNonNull(options, "options");
        int n = documents.count();
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " documents");
        }
        kept = new int[n];
        for (int d = 0; d < n; d++) {
            kept[d] = Math.min(documents.length(d), options.maxLength());
            if (kept[d] == 0) {
                throw new IllegalArgumentException("document " + d + " is empty; a tokenised text starts with xxbos at least");
            }
        }
    }

    /**
     * Batches over documents held in memory.
     *
     * @param labels one label per document, or {@code null} for inference
     */
    public static SortishBatches of(List<int[]> documents, int[] labels, Options options) {
        return new SortishBatches(DocumentSource.of(List.copyOf(documents)), labels, options);
    }

    /**
     * Batches over the documents of a token file, read through its memory map.
     *
     * @param labels one label per document, or {@code null} for inference
     */
    public static SortishBatches of(TokenFile documents, int[] labels, Options options) {
        return new SortishBatches(DocumentSource.of(documents), labels, options);
    }

    /** The number of documents. */
    public int documentCount() {
        return kept.length;
    }

    /** The batches of a training epoch, in the options' order seeded by the seed and the epoch; built as they are read. */
    public List<ClassifierBatch> epoch(int epoch) {
        int n = kept.length;
        int size = options.batchSize();
        SplittableRandom random = Seeds.random(options.seed(), 3, epoch);
        int[] order = Seeds.permutation(n, random);
        if (n > 0) {
            int longest = 0;
            for (int k = 1; k < n; k++) {
                if (kept[order[k]] > kept[order[longest]]) {
                    longest = k;
                }
            }
            int swap = order[0];
            order[0] = order[longest];
            order[longest] = swap;
        }
        int chunk = size * options.order().batchesPerSortedChunk;
        for (int from = 0; from < n; from += chunk) {
            sortLongestFirst(order, from, Math.min(n, from + chunk));
        }
        int[] batchOrder = range((n + size - 1) / size);
        Seeds.shuffle(batchOrder, 1, batchOrder.length - 1, random);
        return batchesOf(order, batchOrder);
    }

    /** The batches for inference: longest documents first, no shuffling; each batch's indices say where results go. */
    public List<ClassifierBatch> inOrderOfLength() {
        int[] order = range(kept.length);
        sortLongestFirst(order, 0, order.length);
        return batchesOf(order, range((order.length + options.batchSize() - 1) / options.batchSize()));
    }

    private static int[] range(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    // longest first; equal lengths keep their order, so that a seed fully decides the result
    private void sortLongestFirst(int[] order, int from, int to) {
        long[] keyed = new long[to - from];
        for (int k = from; k < to; k++) {
            keyed[k - from] = (long) (Integer.MAX_VALUE - kept[order[k]]) << 32 | (k - from);
        }
        Arrays.sort(keyed);
        int[] chunk = Arrays.copyOfRange(order, from, to);
        for (int k = 0; k < keyed.length; k++) {
            order[from + k] = chunk[(int) keyed[k]];
        }
    }

    private List<ClassifierBatch> batchesOf(int[] order, int[] batchOrder) {
        int size = options.batchSize();
        final class Batches extends AbstractList<ClassifierBatch> implements RandomAccess {
            @Override
            public ClassifierBatch get(int b) {
                int from = batchOrder[b] * size;
                return build(Arrays.copyOfRange(order, from, Math.min(order.length, from + size)));
            }

            @Override
            public int size() {
                return batchOrder.length;
            }
        }
        return new Batches();
    }

    private ClassifierBatch build(int[] indices) {
        int rows = indices.length;
        int bptt = options.bptt();
        int width = 0;
        for (int d : indices) {
            width = Math.max(width, kept[d]);
        }
        int[][] tokens = new int[rows][width];
        int[] lengths = new int[rows];
        int[] starts = new int[rows];
        int[] rowLabels = labels == null ? null : new int[rows];
        for (int r = 0; r < rows; r++) {
            int d = indices[r];
            lengths[r] = kept[d];
            // the latest chunk boundary (counted back from the width) that leaves room for the document
            starts[r] = Math.max(0, width - (kept[d] + bptt - 1) / bptt * bptt);
            Arrays.fill(tokens[r], options.padId());
            documents.copy(d, documents.length(d) - kept[d], tokens[r], starts[r], kept[d]);
            if (rowLabels != null) {
                rowLabels[r] = labels[d];
            }
        }
        return new ClassifierBatch(tokens, lengths, starts, rowLabels, indices, bptt);
    }
}
