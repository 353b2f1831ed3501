package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LabelSchemeTest {
    @Test
    void byDefaultUpToTwoIsNegativeFromFourPositiveAndTheRestDropped() {
        LabelScheme s = LabelScheme.defaults();
        assertEquals(0, s.label(0.5));
        assertEquals(0, s.label(2));
        assertEquals(LabelScheme.DROPPED, s.label(2.5));
        assertEquals(LabelScheme.DROPPED, s.label(3));
        assertEquals(LabelScheme.DROPPED, s.label(3.5));
        assertEquals(1, s.label(4));
        assertEquals(1, s.label(5));
        assertEquals(2, s.classes());
        assertEquals("positive", s.className(1));
    }

    @Test
    void keptNeutralReviewsAreTheMiddleClass() {
        LabelScheme s = LabelScheme.defaults().withNeutral(true);
        assertEquals(0, s.label(2));
        assertEquals(1, s.label(2.5));
        assertEquals(1, s.label(3.5));
        assertEquals(2, s.label(4));
        assertEquals(3, s.classes());
        assertEquals("neutral", s.className(1));
        assertEquals("positive", s.className(2));
    }

    @Test
    void thresholdsAreConfigurable() {
        LabelScheme s = new LabelScheme(2.5, 3.5, false);
        assertEquals(0, s.label(2.5));
        assertEquals(LabelScheme.DROPPED, s.label(3));
        assertEquals(1, s.label(3.5));
        assertThrows(IllegalArgumentException.class, () -> new LabelScheme(4, 4, false));
        assertThrows(IllegalArgumentException.class, () -> new LabelScheme(3, 6, false));
    }
}
