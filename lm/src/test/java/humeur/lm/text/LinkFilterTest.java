package humeur.lm.text;

import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTyped;

class LinkFilterTest {
    @Test
    void urlsAndEmailsBecomePlaceholders() {
        assertTyped(new LinkFilter(CannedTokens.of("vu", "https://example.fr/x/URL", "marie@ex.fr/EMAIL", "www/WORD")),
                "vu/WORD", "xxurl/URL", "xxemail/EMAIL", "www/WORD");
    }
}
