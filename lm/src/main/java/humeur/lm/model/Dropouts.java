package humeur.lm.model;

/**
 * The five dropout probabilities of an AWD-LSTM or QRNN model, named as in fastai.
 *
 * @param output on the last layer's output, before the decoder or the classifier head
 * @param hidden between recurrent layers
 * @param input on the embedded input
 * @param embed whole rows of the embedding matrix
 * @param weight on the recurrent weights (hidden-to-hidden for the LSTM, the gate map for the QRNN)
 */
public record Dropouts(float output, float hidden, float input, float embed, float weight) {

    public Dropouts {
        for (float p : new float[] {output, hidden, input, embed, weight}) {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("dropout probabilities lie in [0, 1): " + p);
            }
        }
    }

    /** fastai's AWD-LSTM language-model dropouts: 0.1 / 0.15 / 0.25 / 0.02 / 0.2. */
    public static Dropouts awdLstmLanguageModel() {
        return new Dropouts(0.1f, 0.15f, 0.25f, 0.02f, 0.2f);
    }

    /** MultiFiT's QRNN language-model dropouts: 0.25 / 0.1 / 0.2 / 0.02 / 0.15. */
    public static Dropouts qrnnLanguageModel() {
        return new Dropouts(0.25f, 0.1f, 0.2f, 0.02f, 0.15f);
    }

    /** fastai's classifier dropouts, used when the encoder is under a classifier head: 0.4 / 0.3 / 0.4 / 0.05 / 0.5. */
    public static Dropouts classifier() {
        return new Dropouts(0.4f, 0.3f, 0.4f, 0.05f, 0.5f);
    }

    /** No dropout at all (MultiFiT pretraining uses drop_mult 0, tests use this for exact comparisons). */
    public static Dropouts none() {
        return new Dropouts(0, 0, 0, 0, 0);
    }

    /** Every probability times {@code dropMult}, as fastai's {@code drop_mult} does. */
    public Dropouts scaled(float dropMult) {
        return new Dropouts(output * dropMult, hidden * dropMult, input * dropMult, embed * dropMult, weight * dropMult);
    }
}
