package humeur.classifier.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnfreezingScheduleTest {
    @Test
    void thawsOneGroupPerEpochThenAllWithFastaisRates() {
        UnfreezingSchedule schedule = new UnfreezingSchedule(2e-2, 100, 5, true);
        assertEquals(1, schedule.trainableGroups(0, 5));
        assertEquals(2, schedule.trainableGroups(1, 5));
        assertEquals(3, schedule.trainableGroups(2, 5));
        assertEquals(5, schedule.trainableGroups(3, 5));
        assertEquals(5, schedule.trainableGroups(4, 5));
        // each stage is a 1cycle peaking 25 % into it: 2e-2, 1e-2, 5e-3, then 1e-3 over the last two epochs
        assertEquals(2e-2, schedule.rateAndMomentum(25)[0], 1e-9);
        assertEquals(1e-2, schedule.rateAndMomentum(125)[0], 1e-9);
        assertEquals(5e-3, schedule.rateAndMomentum(225)[0], 1e-9);
        assertEquals(1e-3, schedule.rateAndMomentum(350)[0], 1e-9);
        assertEquals(2e-2 / 25, schedule.rateAndMomentum(0)[0], 1e-9);
        assertEquals(1e-2 / 25, schedule.rateAndMomentum(100)[0], 1e-9);
        assertEquals(0.7, schedule.rateAndMomentum(25)[1], 1e-9);
        assertTrue(schedule.rateAndMomentum(499)[0] < 1e-5);
    }

    @Test
    void withoutGradualUnfreezingEverythingTrainsUnderOneCycle() {
        UnfreezingSchedule schedule = new UnfreezingSchedule(1e-3, 10, 4, false);
        assertEquals(5, schedule.trainableGroups(0, 5));
        assertEquals(1e-3, schedule.rateAndMomentum(10)[0], 1e-9);
        assertEquals(1e-3 / 25, schedule.rateAndMomentum(0)[0], 1e-9);
    }

    @Test
    void labelSmoothingSpreadsEpsilonOverTheClasses() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray logits = manager.create(new float[][] {{2f, 0f, -1f}, {0f, 0f, 0f}});
            NDArray labels = manager.create(new int[] {0, 2});
            float plain = new ClassifierLoss(0).evaluate(new NDList(labels), new NDList(logits)).getFloat();
            float smooth = new ClassifierLoss(0.1f).evaluate(new NDList(labels), new NDList(logits)).getFloat();
            double lse = Math.log(Math.exp(2) + 1 + Math.exp(-1));
            double nll0 = lse - 2;
            double nll1 = Math.log(3);
            assertEquals((nll0 + nll1) / 2, plain, 1e-5);
            double uniform0 = lse - (2 + 0 - 1) / 3.0;
            double expected = (0.9 * nll0 + 0.1 * uniform0 + 0.9 * nll1 + 0.1 * Math.log(3)) / 2;
            assertEquals(expected, smooth, 1e-5);
        }
    }
}
