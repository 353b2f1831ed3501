package humeur.ingest.messenger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the encoding bug of Facebook's JSON exports, where each UTF-8 byte of a string was written as one code point
 * ({@code é} arrives as {@code Ã©}, the chars of bytes C3 A9). Some strings are already right, so a string is only
 * changed when its bytes really decode as UTF-8: anything else, like Latin-1 text that is not UTF-8, is kept as is.
 */
final class MojibakeRepair {
    private MojibakeRepair() {
    }

    /** The repaired string, or {@code text} itself when it does not look like mojibake; {@code null} stays null. */
    static String repair(String text) {
        if (text == null || !looksLikeBytes(text)) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        try {
            // a fresh decoder each time: decoders are stateful and this is called from several threads' readers
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }

    // Pure ASCII needs nothing, and a char above U+00FF cannot be a byte: the string was written correctly.
    private static boolean looksLikeBytes(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
            high |= c >= 0x80;
        }
        return high;
    }
}
