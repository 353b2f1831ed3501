package humeur.classifier.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {
    @Test
    void scoresAHandCheckedExample() {
        // gold: neg, neg, pos, pos, pos; predicted: neg (0.9), pos (0.6), pos (0.8), pos (0.7), neg (0.55)
        int[] gold = {0, 0, 1, 1, 1};
        float[][] p = {{0.9f, 0.1f}, {0.4f, 0.6f}, {0.2f, 0.8f}, {0.3f, 0.7f}, {0.55f, 0.45f}};
        Evaluation e = Evaluation.of("toy", List.of("negative", "positive"), gold, p);
        assertEquals(0.6, e.accuracy(), 1e-9);
        assertArrayEquals(new int[] {1, 1}, e.confusion()[0]);
        assertArrayEquals(new int[] {1, 2}, e.confusion()[1]);
        // negative: precision 1/2, recall 1/2, F1 1/2; positive: precision 2/3, recall 2/3, F1 2/3
        assertEquals(0.5, e.perClass().get(0).f1(), 1e-9);
        assertEquals(2 / 3.0, e.perClass().get(1).precision(), 1e-9);
        assertEquals((0.5 + 2 / 3.0) / 2, e.macroF1(), 1e-9);
        // bins: 0.9 right; 0.6 wrong; 0.8 right; 0.7 right; 0.55 wrong — each alone in its bin
        double ece = (Math.abs(1 - 0.9) + Math.abs(0 - 0.6) + Math.abs(1 - 0.8) + Math.abs(1 - 0.7) + Math.abs(0 - 0.55)) / 5;
        assertEquals(ece, e.calibrationError(), 1e-6);
        double loss = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.8) + Math.log(0.7) + Math.log(0.45)) / 5;
        assertEquals(loss, e.loss(), 1e-6);
    }

    @Test
    void reportsAsTextAndJson() {
        Evaluation e = Evaluation.of("allocine/test.csv", List.of("negative", "positive"), new int[] {0, 1},
                new float[][] {{0.7f, 0.3f}, {0.1f, 0.9f}});
        String text = EvaluationReport.text(List.of(e));
        assertTrue(text.contains("| allocine/test.csv | 2 | 100.00 % | 1.0000 |"), text);
        assertTrue(text.contains("confusion"), text);
        String json = EvaluationReport.json(List.of(e));
        assertTrue(json.contains("\"accuracy\" : 1.0"), json);
        assertTrue(json.contains("\"confusion\""), json);
    }
}
