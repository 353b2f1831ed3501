package humeur.lm.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlantedTriangularScheduleTest {
    private static final double EPS = 1e-12;

    @Test
    void risesOverATenthThenFallsToAThirtySecond() {
        SlantedTriangularSchedule s = new SlantedTriangularSchedule(1.0, 1000);
        assertEquals(1.0 / 32, s.learningRate(0), EPS);
        assertEquals((1 + 0.5 * 31) / 32, s.learningRate(50), EPS);
        assertEquals(1.0, s.learningRate(100), EPS);
        assertEquals((1 + 0.5 * 31) / 32, s.learningRate(550), EPS);
        assertEquals(1.0 / 32, s.learningRate(1000), EPS);
    }
}
