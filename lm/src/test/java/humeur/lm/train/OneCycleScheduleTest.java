package humeur.lm.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneCycleScheduleTest {
    private static final double EPS = 1e-12;

    @Test
    void warmsUpFromATwentyFifthToThePeakOverAQuarterThenFallsToAHundredThousandth() {
        OneCycleSchedule s = new OneCycleSchedule(1.0, 200);
        assertEquals(1.0 / 25, s.learningRate(0), EPS);
        assertEquals((1.0 / 25 + 1) / 2, s.learningRate(25), EPS); // half-way up the cosine
        assertEquals(1.0, s.learningRate(50), EPS);
        assertEquals((1 + 1e-5) / 2, s.learningRate(125), EPS); // half-way down
        assertEquals(1e-5, s.learningRate(200), EPS);
    }

    @Test
    void momentumMovesOppositeFromPointEightToPointSevenAndBack() {
        OneCycleSchedule s = new OneCycleSchedule(1.0, 200);
        assertEquals(0.8, s.momentum(0), EPS);
        assertEquals(0.75, s.momentum(25), EPS);
        assertEquals(0.7, s.momentum(50), EPS);
        assertEquals(0.75, s.momentum(125), EPS);
        assertEquals(0.8, s.momentum(200), EPS);
    }
}
