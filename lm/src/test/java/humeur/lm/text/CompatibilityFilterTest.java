package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;

class CompatibilityFilterTest {
    @Test
    void composesAccentsTypedAsCombiningMarks() {
        assertTokens(new CompatibilityFilter(CannedTokens.of("e\u0301te\u0301", "c\u0327a")), "été", "ça");
    }

    @Test
    void foldsStyledAndWideLettersAndTheEllipsis() {
        assertTokens(new CompatibilityFilter(CannedTokens.of("𝐛𝐨𝐧𝐣𝐨𝐮𝐫", "Ｆｕｌｌ", "ﬁn", "…/PUNCT", "！/PUNCT", "m²")),
                "bonjour", "Full", "fin", "...", "!", "m2");
    }

    @Test
    void neverLeavesASpaceInsideAToken() {
        assertTokens(new CompatibilityFilter(CannedTokens.of("¨/SYMBOL", "´/SYMBOL")), "\u0308", "\u0301");
    }

    @Test
    void leavesNormalisedTokensAlone() {
        assertTokens(new CompatibilityFilter(CannedTokens.of("déjà", "😍/EMOJI", "œuvre", "12,5/NUM")), "déjà", "😍", "œuvre", "12,5");
    }
}
