package humeur.lm.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceLengthsTest {

    @Test
    void variableLengthsCentreOnBpttWithAFewHalfWindows() {
        SequenceLengths lengths = new SequenceLengths(70, true, 11);
        int n = 200_000, halves = 0, min = Integer.MAX_VALUE, max = 0;
        double sum = 0;
        for (int step = 1; step <= n; step++) {
            int length = lengths.length(3, step);
            sum += length;
            min = Math.min(min, length);
            max = Math.max(max, length);
            if (length < 52) { // 35 ± 3.4 sd on one side, 70 ± 3.6 sd on the other
                halves++;
            }
        }
        double mean = sum / n;
        // 0.95 · 70 + 0.05 · 35, less 0.5 for the truncation
        assertEquals(68.25 - 0.5, mean, 0.15, "mean");
        assertEquals(0.05, halves / (double) n, 0.003, "share of bptt/2 windows");
        assertTrue(min >= SequenceLengths.MIN && max <= 95, min + ".." + max);
        assertEquals(95, lengths.length(3, 0), "the first window is the largest");
        assertEquals(lengths.length(4, 17), new SequenceLengths(70, true, 11).length(4, 17), "a draw depends on seed, epoch, step only");
    }

    @Test
    void fixedLengthsAreBptt() {
        SequenceLengths lengths = new SequenceLengths(72, false, 1);
        assertEquals(72, lengths.length(0, 0));
        assertEquals(72, lengths.length(5, 1234));
    }
}
