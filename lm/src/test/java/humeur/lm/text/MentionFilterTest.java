package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTyped;

class MentionFilterTest {
    @Test
    void mentionsBecomeUser() {
        assertTyped(new MentionFilter(CannedTokens.of("merci", "@Chloé_B/MENTION", "@/PUNCT")),
                "merci/WORD", "@user/MENTION", "@/PUNCT");
    }
}
