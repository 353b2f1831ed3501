package humeur.lm.data;

/** A sequence of token ids read in bulk: a token file, or a view of one (documents reordered, reversed). */
interface TokenStream {
    long size();

    /** Copies ids {@code [from, from + length)} into {@code into[offset...]}. */
    void read(long from, int[] into, int offset, int length);
}
