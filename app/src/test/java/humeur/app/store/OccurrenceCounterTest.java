package humeur.app.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OccurrenceCounterTest {

    @Test
    void numbersTheRepeatsOfEachFingerprint() {
        OccurrenceCounter counter = new OccurrenceCounter();
        assertEquals(0, counter.next(7));
        assertEquals(0, counter.next(8));
        assertEquals(1, counter.next(7));
        assertEquals(2, counter.next(7));
        assertEquals(1, counter.next(8));
    }

    @Test
    void remembersAtLeastTheLastCapacityDistinctFingerprintsAndForgetsOlderOnes() {
        OccurrenceCounter counter = new OccurrenceCounter(2);
        counter.next(1);
        counter.next(2);
        counter.next(3);
        counter.next(4);
        counter.next(5);
        assertEquals(1, counter.next(4), "among the last two distinct ones");
        assertEquals(0, counter.next(1), "forgotten");
    }

    @Test
    void countsSurviveTheTurnOfAGeneration() {
        OccurrenceCounter counter = new OccurrenceCounter(3);
        for (int repeat = 0; repeat < 50; repeat++) {
            assertEquals(repeat, counter.next(0L), "zero is a fingerprint like any other");
            assertEquals(repeat, counter.next(-1L));
            counter.next(1_000 + repeat);
        }
    }

    @Test
    void handlesManyDistinctFingerprintsInConstantMemory() {
        OccurrenceCounter counter = new OccurrenceCounter();
        for (long i = 0; i < 1_000_000; i++) {
            assertEquals(0, counter.next(i * 0x9E3779B97F4A7C15L));
        }
        assertEquals(1, counter.next(999_999 * 0x9E3779B97F4A7C15L));
    }
}
