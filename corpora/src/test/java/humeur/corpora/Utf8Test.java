package humeur.corpora;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validator accepts exactly well-formed UTF-8. */
class Utf8Test {

    private static boolean valid(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return Utf8.isValid(bytes, 0, bytes.length);
    }

    @Test
    void wellFormedText() {
        byte[] text = "Ça va ? Très bien 😊 — 中文 \u0000".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.isValid(text, 0, text.length));
        assertTrue(valid(0xF4, 0x8F, 0xBF, 0xBF));
        assertTrue(valid(0xED, 0x9F, 0xBF));
    }

    @Test
    void malformedSequences() {
        assertFalse(valid(0xE9), "Latin-1 é");
        assertFalse(valid(0x80), "lone continuation byte");
        assertFalse(valid(0xC0, 0x80), "overlong NUL");
        assertFalse(valid(0xE0, 0x80, 0x80), "overlong three-byte form");
        assertFalse(valid(0xF0, 0x80, 0x80, 0x80), "overlong four-byte form");
        assertFalse(valid(0xED, 0xA0, 0x80), "surrogate");
        assertFalse(valid(0xF4, 0x90, 0x80, 0x80), "past U+10FFFF");
        assertFalse(valid(0xF5, 0x80, 0x80, 0x80), "F5 lead byte");
        assertFalse(valid('a', 0xE2, 0x82), "cut short");
        assertFalse(valid(0xE2, 0x28, 0xA1), "bad continuation");
    }
}
