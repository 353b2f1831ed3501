package humeur.corpora;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Control characters become spaces, whitespace collapses, French no-break spaces stay. */
class CleanTextTest {

    @Test
    void controlsAndWhitespaceRuns() {
        assertEquals("un deux trois quatre", CleanText.of(" \tun\u0007deux\r\n  trois\u0085quatre\u2028"));
        assertEquals("", CleanText.of(" \u0000\t "));
        assertEquals("a b", CleanText.of("a\u007Fb"));
    }

    @Test
    void noBreakSpacesAndEmojiAreKept() {
        assertEquals("Quoi\u00A0? 👍🏽 l’été", CleanText.of("Quoi\u00A0? 👍🏽 l’été"));
    }

    @Test
    void tidyTextIsReturnedAsItIs() {
        String text = "Le chat dort.";
        assertSame(text, CleanText.of(text));
    }
}
