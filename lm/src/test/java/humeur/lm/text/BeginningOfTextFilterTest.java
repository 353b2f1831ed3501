package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class BeginningOfTextFilterTest {
    @Test
    void everyTextStartsWithXxbos() {
        assertTyped(new BeginningOfTextFilter(CannedTokens.of("salut", "!/PUNCT")), "xxbos/SPECIAL", "salut/WORD", "!/PUNCT");
    }

    @Test
    void evenAnEmptyOneAndAfterAReset() {
        BeginningOfTextFilter filter = new BeginningOfTextFilter(CannedTokens.of());
        assertTokens(filter, "xxbos");
        assertTokens(filter, "xxbos");
    }
}
