package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class CharRepetitionFilterTest {
    @Test
    void aCharacterThreeTimesOrMoreBecomesXxrep() {
        assertTyped(new CharRepetitionFilter(CannedTokens.of("trooooop", "!!!/PUNCT")),
                "tr/WORD", "xxrep/SPECIAL", "5/SPECIAL", "o/WORD", "p/WORD", "xxrep/SPECIAL", "3/SPECIAL", "!/PUNCT");
    }

    @Test
    void severalRunsInOneWord() {
        assertTokens(new CharRepetitionFilter(CannedTokens.of("ouiiiii", "NOOOON", "ahhhhhhh")),
                "ou", "xxrep", "5", "i", "N", "xxrep", "4", "O", "N", "a", "xxrep", "7", "h");
        assertTokens(new CharRepetitionFilter(CannedTokens.of("?!!!!/PUNCT", "🥰🥰🥰")), "?", "xxrep", "4", "!", "xxrep", "3", "🥰");
    }

    @Test
    void twiceIsNotARepetition() {
        assertTokens(new CharRepetitionFilter(CannedTokens.of("allez", "ahah", "!!/PUNCT")), "allez", "ahah", "!!");
    }

    @Test
    void numbersAndTheEllipsisStayWhole() {
        assertTokens(new CharRepetitionFilter(CannedTokens.of("2000/NUM", ".../PUNCT", "..../PUNCT", ":)))/EMOTICON")),
                "2000", "...", "xxrep", "4", ".", ":)))");
    }
}
