package humeur.corpora.split;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded, order-free, stable splits. */
class SplitterTest {
    /** The validation documents among doc-0 … doc-99 for seed 42 and a tenth in validation. */
    private static final List<Integer> PINNED = List.of(3, 12, 27, 32, 39, 47, 71, 79, 99);

    private static List<Split> sides(Splitter splitter, int documents) {
        return IntStream.range(0, documents).mapToObj(i -> splitter.assign("doc-" + i)).toList();
    }

    @Test
    void theSameSeedGivesTheSameSidesInAnyOrder() {
        List<Split> forward = sides(Splitter.seeded(42, 0.1), 1000);
        Splitter other = Splitter.seeded(42, 0.1);
        for (int i = 999; i >= 0; i--) {
            assertEquals(forward.get(i), other.assign("doc-" + i));
        }
        assertNotEquals(forward, sides(Splitter.seeded(43, 0.1), 1000));
    }

    @Test
    void theFractionIsHonoured() {
        long validation = sides(Splitter.seeded(7, 0.1), 100_000).stream().filter(s -> s == Split.VALIDATION).count();
        assertTrue(Math.abs(validation - 10_000) < 400, "validation documents: " + validation);
        assertTrue(sides(Splitter.seeded(7, 0), 1000).stream().allMatch(s -> s == Split.TRAIN));
        assertTrue(sides(Splitter.seeded(7, 1), 1000).stream().allMatch(s -> s == Split.VALIDATION));
        assertThrows(IllegalArgumentException.class, () -> Splitter.seeded(7, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Splitter.seeded(7, Double.NaN));
    }

    @Test
    void sidesArePinnedSoThatSplitsSurviveReleases() {
        // Changing the hash would silently move documents between sides of splits already made: it must not change.
        List<Integer> validation = IntStream.range(0, 100).filter(i -> Splitter.seeded(42, 0.1).assign("doc-" + i) == Split.VALIDATION)
                .boxed().toList();
        assertEquals(PINNED, validation);
    }
}
