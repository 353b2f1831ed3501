package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingScaleTest {
    private static final RatingScale HALF_STARS = new RatingScale(0.5, 5, 0.5);

    @Test
    void readsRatingsAsSitesWriteThem() {
        assertEquals(4.5, RatingScale.number("4,5"));
        assertEquals(4.5, RatingScale.number(" 4.5/5 "));
        assertEquals(8.0, RatingScale.number("8 sur 10"));
        assertEquals(3.0, RatingScale.number("3,0"));
        assertNull(RatingScale.number("—"));
        assertNull(RatingScale.number(null));
    }

    @Test
    void halfStarsFromHalfToFive() {
        assertTrue(HALF_STARS.contains(0.5));
        assertTrue(HALF_STARS.contains(2.5));
        assertTrue(HALF_STARS.contains(5));
        assertFalse(HALF_STARS.contains(0), "no zero stars on AlloCiné");
        assertFalse(HALF_STARS.contains(5.5));
        assertFalse(HALF_STARS.contains(3.4), "a film's average, not a review's rating");
    }

    @Test
    void bringsOtherScalesToFive() {
        RatingScale outOf10 = new RatingScale(1, 10, 1);
        assertEquals(4.0, outOf10.outOf5(8));
        assertEquals(3.5, outOf10.outOf5(7));
        assertEquals(4.5, HALF_STARS.outOf5(4.5));
        assertEquals(3.33, new RatingScale(0, 3, 0).outOf5(2));
    }

    @Test
    void refusesAScaleThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> new RatingScale(5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new RatingScale(0, 5, 6));
    }
}
