package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class AllCapsFilterTest {
    @Test
    void marksWordsInCapitals() {
        assertTyped(new AllCapsFilter(CannedTokens.of("TROP", "HÂTE", "QU'", "MP3", "bien")),
                "xxup/SPECIAL", "TROP/WORD", "xxup/SPECIAL", "HÂTE/WORD", "xxup/SPECIAL", "QU'/WORD", "xxup/SPECIAL", "MP3/WORD", "bien/WORD");
    }

    @Test
    void oneCapitalOrMixedCaseIsNotShouting() {
        assertTokens(new AllCapsFilter(CannedTokens.of("J'", "A", "A4", "Marie", "iPhone", "McDo", "2024")),
                "J'", "A", "A4", "Marie", "iPhone", "McDo", "2024");
    }

    @Test
    void onlyWords() {
        assertTokens(new AllCapsFilter(CannedTokens.of("XD/EMOTICON", "HTTP://X.FR/URL")), "XD", "HTTP://X.FR");
    }
}
