package humeur.lm.data;

import java.util.Arrays;

/**
 * A token file seen with its documents in another order: a virtual stream, nothing copied. It costs 12 bytes per
 * document (the order and where each document lands), and a binary search per read.
 */
final class ShuffledDocuments implements TokenStream {
    private final TokenFile file;
    private final int[] order;
    private final long[] virtualStarts;

    ShuffledDocuments(TokenFile file, int[] order) {
        this.file = file;
        this.order = order;
        this.virtualStarts = new long[order.length];
        long at = 0;
        for (int k = 0; k < order.length; k++) {
            virtualStarts[k] = at;
            at += file.documentEnd(order[k]) - file.documentStart(order[k]);
        }
    }

    @Override
    public long size() {
        return file.size();
    }

    @Override
    public void read(long from, int[] into, int offset, int length) {
        // the last document starting at or before `from`: with empty documents, the one that holds it
        int k = Arrays.binarySearch(virtualStarts, from);
        if (k < 0) {
            k = -k - 2;
        } else {
            while (k + 1 < virtualStarts.length && virtualStarts[k + 1] == from) {
                k++;
            }
        }
        while (length > 0) {
            int doc = order[k];
            long start = file.documentStart(doc);
            long within = from - virtualStarts[k];
            int n = (int) Math.min(length, file.documentEnd(doc) - start - within);
            file.read(start + within, into, offset, n);
            from += n;
            offset += n;
            length -= n;
            k++;
        }
    }
}
