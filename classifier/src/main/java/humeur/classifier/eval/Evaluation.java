package humeur.classifier.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well predicted probabilities match gold labels on one dataset: accuracy, macro-F1, per-class precision, recall
 * and F1, the confusion matrix, and the expected calibration error (15 equal-width confidence bins, as Guo et al. 2017).
 *
 * @param dataset    the dataset's name
 * @param classes    the dataset's classes, in label order
 * @param examples   the number of examples
 * @param accuracy   the share predicted right
 * @param macroF1    the mean of the per-class F1 scores
 * @param perClass   precision, recall, F1 and support of each class
 * @param confusion  {@code confusion[gold][predicted]} counts
 * @param calibrationError the expected calibration error of the predicted class's probability
 * @param loss       mean cross-entropy of the gold class, in nats
 */
public record Evaluation(String dataset, List<String> classes, int examples, double accuracy, double macroF1,
                         List<ClassScores> perClass, int[][] confusion, double calibrationError, double loss) {
    private static final int BINS = 15;

    /** One class's scores. */
    public record ClassScores(String name, double precision, double recall, double f1, int support) {
    }

    /**
     * Scores {@code probabilities} (examples × classes, each row over {@code classes}, rows need not sum to 1: they
     * are renormalised) against {@code gold} class indices.
     */
    public static Evaluation of(String dataset, List<String> classes, int[] gold, float[][] probabilities) {
        int k = classes.size();
        int n = gold.length;
        if (probabilities.length != n) {
            throw new IllegalArgumentException(n + " labels but " + probabilities.length + " predictions");
        }
        int[][] confusion = new int[k][k];
        double[] binConfidence = new double[BINS];
        double[] binCorrect = new double[BINS];
        int[] binCount = new int[BINS];
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            float[] p = probabilities[i];
            double total = 0;
            for (int c = 0; c < k; c++) {
                total += p[c];
            }
            int predicted = 0;
            for (int c = 1; c < k; c++) {
                if (p[c] > p[predicted]) {
                    predicted = c;
                }
            }
            double confidence = total > 0 ? p[predicted] / total : 1.0 / k;
            confusion[gold[i]][predicted]++;
            boolean right = predicted == gold[i];
            correct += right ? 1 : 0;
            int bin = Math.min(BINS - 1, (int) (confidence * BINS));
            binConfidence[bin] += confidence;
            binCorrect[bin] += right ? 1 : 0;
            binCount[bin]++;
            loss -= Math.log(Math.max(1e-12, total > 0 ? p[gold[i]] / total : 1.0 / k));
        }
        List<ClassScores> perClass = new ArrayList<>();
        double f1Sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c];
            int predictedC = 0;
            int support = 0;
            for (int j = 0; j < k; j++) {
                predictedC += confusion[j][c];
                support += confusion[c][j];
            }
            double precision = predictedC == 0 ? 0 : (double) tp / predictedC;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perClass.add(new ClassScores(classes.get(c), precision, recall, f1, support));
        }
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] > 0) {
                ece += (double) binCount[b] / n * Math.abs(binCorrect[b] / binCount[b] - binConfidence[b] / binCount[b]);
            }
        }
        return new Evaluation(dataset, List.copyOf(classes), n, n == 0 ? 0 : (double) correct / n, k == 0 ? 0 : f1Sum / k,
                List.copyOf(perClass), confusion, ece, n == 0 ? 0 : loss / n);
    }
}
