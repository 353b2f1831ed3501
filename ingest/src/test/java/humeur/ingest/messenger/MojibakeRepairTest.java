package humeur.ingest.messenger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class MojibakeRepairTest {

    /** What Facebook writes for {@code text}: each UTF-8 byte as one char. */
    private static String broken(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void repairsFrenchWrittenAsBytes() {
        assertEquals("Ã§a va ?", "\u00c3\u00a7a va ?");
        assertEquals("ça va ?", MojibakeRepair.repair("\u00c3\u00a7a va ?"));
        assertEquals("façon, déjà, où, Noël, cœur", MojibakeRepair.repair(broken("façon, déjà, où, Noël, cœur")));
        assertEquals("L’appel vidéo est terminé.", MojibakeRepair.repair(broken("L’appel vidéo est terminé.")));
    }

    @Test
    void repairsEmojiWrittenAsBytes() {
        assertEquals("\u00f0\u009f\u0098\u0082", broken("😂"));
        assertEquals("😂", MojibakeRepair.repair("\u00f0\u009f\u0098\u0082"));
        assertEquals("Reacted ❤️ to your message", MojibakeRepair.repair(broken("Reacted ❤️ to your message")));
        assertEquals("trop bien 👍🏽🇫🇷", MojibakeRepair.repair(broken("trop bien 👍🏽🇫🇷")));
    }

    @Test
    void leavesCorrectStringsAlone() {
        for (String ok : new String[]{"ça va ?", "😂", "Noël 🎄", "déjà vu – “quotes”", "plain ascii", ""}) {
            assertSame(ok, MojibakeRepair.repair(ok), ok);
        }
    }

    @Test
    void keepsLatin1TextThatIsNotUtf8Bytes() {
        // é alone (0xE9) starts a three-byte sequence that never comes: not UTF-8, so it was right as it was
        assertEquals("café", MojibakeRepair.repair("café"));
        assertEquals("élève à l'école", MojibakeRepair.repair("élève à l'école"));
        assertEquals("100 ¥ ou 5 £", MojibakeRepair.repair("100 ¥ ou 5 £"));
    }

    @Test
    void keepsAStringMixingMojibakeAndRealCharacters() {
        // a char above U+00FF cannot be a byte, so the string was not written byte by byte
        String mixed = "\u00c3\u00a7a – va";
        assertSame(mixed, MojibakeRepair.repair(mixed));
    }

    @Test
    void nullStaysNull() {
        assertNull(MojibakeRepair.repair(null));
    }
}
