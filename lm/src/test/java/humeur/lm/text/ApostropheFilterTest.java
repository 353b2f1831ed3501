package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;

class ApostropheFilterTest {
    @Test
    void typographicApostrophesInWordsBecomeStraight() {
        assertTokens(new ApostropheFilter(CannedTokens.of("l’été", "aujourdʼhui", "qu'il")), "l'été", "aujourd'hui", "qu'il");
    }

    @Test
    void otherTokensKeepTheirQuotes() {
        assertTokens(new ApostropheFilter(CannedTokens.of("’/PUNCT", "https://x.fr/l’été/URL")), "’", "https://x.fr/l’été");
    }
}
