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
    void forgetsTheLeastRecentlySeenBeyondItsCapacity() {
        OccurrenceCounter counter = new OccurrenceCounter(2);
        counter.next(1);
        counter.next(2);
        counter.next(1);
        counter.next(3); // evicts 2, the least recently seen
        assertEquals(2, counter.next(1));
        assertEquals(0, counter.next(2));
    }
}
