package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import humeur.lm.text.Vocabulary;

import java.util.List;
import java.util.Set;

/** Moves a trained language model onto another vocabulary; see {@link LanguageModel#transferVocabulary}. */
final class VocabularyTransfer {
    private VocabularyTransfer() {
    }

    static LanguageModel transfer(LanguageModel source, Vocabulary oldVocabulary, Vocabulary newVocabulary,
                                  NDManager manager) {
        if (oldVocabulary.size() != source.config().vocabularySize()) {
            throw new IllegalArgumentException("the source model has " + source.config().vocabularySize()
                    + " tokens, its vocabulary " + oldVocabulary.size());
        }
        LanguageModel target = new LanguageModel(source.config().withVocabularySize(newVocabulary.size()));
        target.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        int[] oldIds = new int[newVocabulary.size()];
        for (int id = 0; id < oldIds.length; id++) {
            String token = newVocabulary.token(id);
            oldIds[id] = oldVocabulary.contains(token) ? oldVocabulary.id(token) : -1;
        }
        Set<Parameter> byRow = Set.copyOf(source.vocabularyParameters());
        // both models are built from the same configuration but for its size, so their parameters pair up in order
        List<Parameter> from = source.getParameters().values();
        List<Parameter> to = target.getParameters().values();
        for (int i = 0; i < from.size(); i++) {
            NDArray array = from.get(i).getArray();
            float[] values = array.toFloatArray();
            to.get(i).getArray().set(byRow.contains(from.get(i)) ? rows(values, (int) array.getShape().get(0), oldIds)
                    : values);
        }
        return target;
    }

    /** Row {@code oldIds[r]} of {@code values} for each new row r, or the mean row where it is −1. */
    static float[] rows(float[] values, int oldRows, int[] oldIds) {
        int width = values.length / oldRows;
        double[] sum = new double[width];
        for (int r = 0; r < oldRows; r++) {
            for (int c = 0; c < width; c++) {
                sum[c] += values[r * width + c];
            }
        }
        float[] mean = new float[width];
        for (int c = 0; c < width; c++) {
            mean[c] = (float) (sum[c] / oldRows);
        }
        float[] out = new float[oldIds.length * width];
        for (int r = 0; r < oldIds.length; r++) {
            if (oldIds[r] >= 0) {
                System.arraycopy(values, oldIds[r] * width, out, r * width, width);
            } else {
                System.arraycopy(mean, 0, out, r * width, width);
            }
        }
        return out;
    }
}
