package humeur.classifier;

import ai.djl.ndarray.NDList;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import humeur.classifier.model.BatchArrays;
import humeur.classifier.model.ClassifierRunner;
import humeur.lm.data.ClassifierBatch;

/**
 * DJL's view of scoring: a batch of tokenised documents ({@link ClassifierBatch}, already bucketed by length) in,
 * class probabilities (rows × classes, in the batch's row order) out. Autograd is switched off on the calling thread,
 * since inference never runs backward and recording the graph would cost time and memory.
 */
final class ClassifierTranslator implements NoBatchifyTranslator<ClassifierBatch, float[][]> {
    private final int classes;

    ClassifierTranslator(int classes) {
        this.classes = classes;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, ClassifierBatch batch) {
        JniUtils.setGradMode(false);
        return BatchArrays.of(batch, ctx.getNDManager());
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        int rows = (int) list.head().getShape().get(0);
        return ClassifierRunner.rows(list.head().softmax(-1).toFloatArray(), rows, classes);
    }
}
