package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.ParameterStore;
import humeur.lm.text.Tokenization;
import humeur.lm.text.Vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates French text from a trained {@link LanguageModel}: it reads {@code xxbos} and an optional prompt, then
 * draws one token at a time from the model's next-token distribution (divided by a temperature, cut to the top k),
 * feeding each back in with the carried state, so the model reads every token once. Unknown and padding tokens are
 * never drawn (fastai's {@code no_unk}). The same seed gives the same text. Resets the model's carried state, so do
 * not call it in the middle of training.
 */
public final class LanguageModelSampler {
    private final LanguageModel model;
    private final Tokenization tokenization;
    private final NDManager manager;

    /** Samples from {@code model}, whose ids are those of {@code tokenization}, with arrays in {@code manager}. */
    public LanguageModelSampler(LanguageModel model, Tokenization tokenization, NDManager manager) {
        if (model.config().vocabularySize() != tokenization.vocabulary().size()) {
            throw new IllegalArgumentException("the model has " + model.config().vocabularySize()
                    + " tokens but the vocabulary " + tokenization.vocabulary().size());
        }
        this.model = model;
        this.tokenization = tokenization;
        this.manager = manager;
    }

    /**
     * The prompt's ids (starting with {@code xxbos}) followed by {@code count} drawn ids. A {@code temperature} below 1
     * sharpens the distribution; {@code topK} keeps the k likeliest tokens (0 keeps them all).
     */
    public int[] sampleIds(String prompt, int count, double temperature, int topK, long seed) {
        if (count < 0 || !(temperature > 0) || topK < 0) {
            throw new IllegalArgumentException("count " + count + ", temperature " + temperature + ", top k " + topK);
        }
        int[] promptIds = tokenization.encode(prompt);
        int[] ids = Arrays.copyOf(promptIds, promptIds.length + count);
        Random random = new Random(seed);
        model.resetState();
        try {
            float[] logits = nextLogits(promptIds);
            for (int i = 0; i < count; i++) {
                int id = draw(logits, temperature, topK, random);
                ids[promptIds.length + i] = id;
                if (i + 1 < count) {
                    logits = nextLogits(new int[] {id});
                }
            }
        } finally {
            model.resetState();
        }
        return ids;
    }

    /** {@link #sampleIds} as token (or subword piece) texts. */
    public List<String> sampleTokens(String prompt, int count, double temperature, int topK, long seed) {
        Vocabulary vocabulary = tokenization.vocabulary();
        return Arrays.stream(sampleIds(prompt, count, temperature, topK, seed)).mapToObj(vocabulary::token).toList();
    }

    /** The prompt and {@code count} drawn tokens as readable text. */
    public String sample(String prompt, int count, double temperature, int topK, long seed) {
        return tokenization.decode(sampleIds(prompt, count, temperature, topK, seed));
    }

    // the model continues its carried state from the previous call: only the new ids are fed
    private float[] nextLogits(int[] ids) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray input = manager.create(new int[][] {ids});
            NDArray logits = model.forward(new ParameterStore(manager, false), new NDList(input), false).head();
            return logits.get(0, ids.length - 1).toFloatArray();
        }
    }

    private int draw(float[] logits, double temperature, int topK, Random random) {
        int padId = model.config().padId();
        double[] weights = new double[logits.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            weights[i] = i != Vocabulary.UNK_ID && i != padId ? logits[i] / temperature : Double.NEGATIVE_INFINITY;
            max = Math.max(max, weights[i]);
        }
        double cut = topK == 0 || topK >= logits.length ? Double.NEGATIVE_INFINITY : kthLargest(weights, topK);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weights[i] >= cut ? Math.exp(weights[i] - max) : 0;
            sum += weights[i];
        }
        double u = random.nextDouble() * sum;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last; // rounding left a sliver of u
    }

    private static double kthLargest(double[] values, int k) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }
}
