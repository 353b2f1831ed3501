package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class WordRepetitionFilterTest {
    @Test
    void threeOrMoreInARowBecomeXxwrep() {
        assertTyped(new WordRepetitionFilter(CannedTokens.of("non", "non", "non", "et", "😍/EMOJI", "😍/EMOJI", "😍/EMOJI", "😍/EMOJI")),
                "xxwrep/SPECIAL", "3/SPECIAL", "non/WORD", "et/WORD", "xxwrep/SPECIAL", "4/SPECIAL", "😍/EMOJI");
    }

    @Test
    void twiceIsNotARepetition() {
        assertTokens(new WordRepetitionFilter(CannedTokens.of("très", "très", "bien", "bien")), "très", "très", "bien", "bien");
    }

    @Test
    void comparisonIsExactCaseAndTypeIncluded() {
        assertTokens(new WordRepetitionFilter(CannedTokens.of("Non", "non", "non", "3", "3/NUM", "3")), "Non", "non", "non", "3", "3", "3");
    }

    @Test
    void runsBackToBackAndAtTheEnd() {
        assertTokens(new WordRepetitionFilter(CannedTokens.of("a", "a", "a", "b", "b", "b", "b")),
                "xxwrep", "3", "a", "xxwrep", "4", "b");
        assertTokens(new WordRepetitionFilter(CannedTokens.of("a", "a")), "a", "a");
        assertTokens(new WordRepetitionFilter(CannedTokens.of()));
    }

    @Test
    void specialTokensAreNeverCounted() {
        assertTokens(new WordRepetitionFilter(CannedTokens.of("xxmaj/SPECIAL", "xxmaj/SPECIAL", "xxmaj/SPECIAL")),
                "xxmaj", "xxmaj", "xxmaj");
    }
}
