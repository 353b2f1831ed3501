package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;

class ElisionSplitFilterTest {
    @Test
    void splitsEveryFrenchElision() {
        assertTokens(new ElisionSplitFilter(CannedTokens.of("l'amour", "j'ai", "qu'il", "c'est", "d'accord", "n'importe",
                        "s'il", "m'aime", "t'es", "jusqu'à", "lorsqu'on", "puisqu'elle", "quoiqu'il")),
                "l'", "amour", "j'", "ai", "qu'", "il", "c'", "est", "d'", "accord", "n'", "importe", "s'", "il", "m'", "aime",
                "t'", "es", "jusqu'", "à", "lorsqu'", "on", "puisqu'", "elle", "quoiqu'", "il");
    }

    @Test
    void keepsCaseAndTheRestOfTheWord() {
        assertTyped(new ElisionSplitFilter(CannedTokens.of("L'AMOUR", "Qu'est-ce", "c'est-à-dire")),
                "L'/WORD", "AMOUR/WORD", "Qu'/WORD", "est-ce/WORD", "c'/WORD", "est-à-dire/WORD");
    }

    @Test
    void leavesOtherApostrophesAlone() {
        assertTokens(new ElisionSplitFilter(CannedTokens.of("aujourd'hui", "rock'n'roll", "y'a", "l'", "prud'homme", "l'amour/URL")),
                "aujourd'hui", "rock'n'roll", "y'a", "l'", "prud'homme", "l'amour");
    }

    @Test
    void elisionsInARow() {
        assertTokens(new ElisionSplitFilter(CannedTokens.of("qu'l'a", "l'l'l")), "qu'", "l'", "a", "l'", "l'", "l");
    }

    @Test
    void offsetsOfBothPartsAreTheWord() {
        assertTyped(new ElisionSplitFilter(CannedTokens.of("x", "l'été", "y")), "x/WORD", "l'/WORD", "été/WORD", "y/WORD");
    }
}
