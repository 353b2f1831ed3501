package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class CapitalisedFilterTest {
    @Test
    void marksCapitalisedWords() {
        assertTyped(new CapitalisedFilter(CannedTokens.of("Marie", "Été", "L'", "Ça", "va")),
                "xxmaj/SPECIAL", "Marie/WORD", "xxmaj/SPECIAL", "Été/WORD", "xxmaj/SPECIAL", "L'/WORD", "xxmaj/SPECIAL", "Ça/WORD", "va/WORD");
    }

    @Test
    void singleLettersAndSeveralCapitalsAreNotMarked() {
        assertTokens(new CapitalisedFilter(CannedTokens.of("A", "À", "TROP", "McDo", "iPhone", "𝐁")), "A", "À", "TROP", "McDo", "iPhone", "𝐁");
    }

    @Test
    void onlyWords() {
        assertTokens(new CapitalisedFilter(CannedTokens.of("Paris/URL", "xxup/SPECIAL")), "Paris", "xxup");
    }
}
