package humeur.lm.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenCountsTest {
    @Test
    void countsAndMerges() {
        TokenCounts a = new TokenCounts();
        a.addAll(List.of("le", "chat", "le"));
        TokenCounts b = new TokenCounts();
        b.add("le");
        b.add("chien", 4);
        a.merge(b);
        assertEquals(3, a.count("le"));
        assertEquals(4, a.count("chien"));
        assertEquals(0, a.count("loup"));
        assertEquals(3, a.distinct());
        assertEquals(8, a.total());
        assertEquals(5, b.total(), "the merged counts are left as they were");
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenCounts().add("x", -1));
    }
}
