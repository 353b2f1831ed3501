package humeur.lm.model;

import humeur.lm.text.Vocabulary;

/**
 * The shape of a language model: which recurrent layer, how big, how much dropout. The last layer outputs
 * {@code embeddingSize} features so the decoder can share the embedding matrix.
 *
 * @param architecture AWD-LSTM or QRNN
 * @param vocabularySize rows of the embedding and outputs of the decoder
 * @param embeddingSize width of the embedding, and of the last recurrent layer's output
 * @param hiddenSize width of the other recurrent layers
 * @param layers number of stacked recurrent layers (at least 1)
 * @param dropouts the unscaled dropout probabilities
 * @param dropMult scales every dropout (fastai's {@code drop_mult}: 0.3 for LM fine-tuning, 0.5 for classifiers)
 * @param padId the padding token, whose embedding is held at zero
 * @param tiedDecoder whether the decoder reuses the embedding matrix (ULMFiT: yes)
 */
public record LmConfig(Architecture architecture, int vocabularySize, int embeddingSize, int hiddenSize, int layers,
                       Dropouts dropouts, float dropMult, int padId, boolean tiedDecoder) {

    public LmConfig {
        if (vocabularySize <= padId || embeddingSize < 1 || hiddenSize < 1 || layers < 1 || padId < 0) {
            throw new IllegalArgumentException("invalid language model configuration: " + vocabularySize + " tokens, "
                    + embeddingSize + "/" + hiddenSize + "/" + layers + ", pad id " + padId);
        }
        if (dropMult < 0) {
            throw new IllegalArgumentException("dropMult must be >= 0: " + dropMult);
        }
        dropouts.scaled(dropMult); // validates the scaled probabilities now rather than at the first batch
    }

    /** fastai's AWD-LSTM (emb 400, hidden 1152, 3 layers, LM dropouts): for GPUs; about 1,000 tokens/s on 2 CPU cores. */
    public static LmConfig awdLstm(int vocabularySize) {
        return new LmConfig(Architecture.AWD_LSTM, vocabularySize, 400, 1152, 3, Dropouts.awdLstmLanguageModel(),
                1f, Vocabulary.PAD_ID, true);
    }

    /** MultiFiT's QRNN (emb 400, hidden 1550, 4 layers, MultiFiT dropouts), meant for a 15k subword vocabulary. */
    public static LmConfig qrnn(int vocabularySize) {
        return new LmConfig(Architecture.QRNN, vocabularySize, 400, 1550, 4, Dropouts.qrnnLanguageModel(),
                1f, Vocabulary.PAD_ID, true);
    }

    /**
     * A small AWD-LSTM for 2 CPU cores: emb 128, hidden 256, 3 layers. djl-notes measured 4,900 tokens/s with a 10k
     * vocabulary and 16,000 with 500 (batch 64, bptt 70), so tens of millions of tokens fit in a few hours.
     */
    public static LmConfig awdLstmSmall(int vocabularySize) {
        return new LmConfig(Architecture.AWD_LSTM, vocabularySize, 128, 256, 3, Dropouts.awdLstmLanguageModel(),
                1f, Vocabulary.PAD_ID, true);
    }

    /** A small QRNN for 2 CPU cores: emb 128, hidden 256, 3 layers; a QRNN layer runs 1.4-2.7× faster than the LSTM. */
    public static LmConfig qrnnSmall(int vocabularySize) {
        return new LmConfig(Architecture.QRNN, vocabularySize, 128, 256, 3, Dropouts.qrnnLanguageModel(),
                1f, Vocabulary.PAD_ID, true);
    }

    /** The dropouts the blocks actually use: {@code dropouts} times {@code dropMult}. */
    public Dropouts effectiveDropouts() {
        return dropouts.scaled(dropMult);
    }

    /** This configuration with another {@code drop_mult}. */
    public LmConfig withDropMult(float newDropMult) {
        return new LmConfig(architecture, vocabularySize, embeddingSize, hiddenSize, layers, dropouts, newDropMult,
                padId, tiedDecoder);
    }

    /** This configuration with other dropouts, e.g. {@link Dropouts#classifier()} under a classifier head. */
    public LmConfig withDropouts(Dropouts newDropouts) {
        return new LmConfig(architecture, vocabularySize, embeddingSize, hiddenSize, layers, newDropouts, dropMult,
                padId, tiedDecoder);
    }

    /** This configuration for another vocabulary size (fine-tuning on a corpus with its own vocabulary). */
    public LmConfig withVocabularySize(int newVocabularySize) {
        return new LmConfig(architecture, newVocabularySize, embeddingSize, hiddenSize, layers, dropouts, dropMult,
                padId, tiedDecoder);
    }

    /** The input width of recurrent layer {@code layer}. */
    public int layerInputSize(int layer) {
        return layer == 0 ? embeddingSize : hiddenSize;
    }

    /** The output width of recurrent layer {@code layer}: the last one matches the embedding for tying. */
    public int layerOutputSize(int layer) {
        return layer == layers - 1 ? embeddingSize : hiddenSize;
    }

    /** This configuration as a small JSON object, written beside saved weights. */
    public String toJson() {
        return LmConfigJson.write(this);
    }

    /** Reads what {@link #toJson()} wrote; a missing or unknown field is an error naming it. */
    public static LmConfig fromJson(String json) {
        return LmConfigJson.read(json);
    }
}
