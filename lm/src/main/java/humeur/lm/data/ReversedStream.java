package humeur.lm.data;

/** A stream read from its end, for backward language models: id i is the forward stream's id size − 1 − i. */
final class ReversedStream implements TokenStream {
    private final TokenStream forward;

    ReversedStream(TokenStream forward) {
        this.forward = forward;
    }

    @Override
    public long size() {
        return forward.size();
    }

    @Override
    public void read(long from, int[] into, int offset, int length) {
        forward.read(size() - from - length, into, offset, length);
        for (int i = offset, j = offset + length - 1; i < j; i++, j--) {
            int swap = into[i];
            into[i] = into[j];
            into[j] = swap;
        }
    }
}
