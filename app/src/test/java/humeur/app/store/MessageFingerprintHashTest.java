package humeur.app.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fingerprints are stored: the hash must match the reference XXH64 forever. Expected values from libxxhash 0.8. */
class MessageFingerprintHashTest {

    private static long hash(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return MessageFingerprint.hash(bytes, bytes.length);
    }

    @Test
    void matchesTheReferenceImplementationOnShortAndLongInputs() {
        assertEquals(0xef46db3751d8e999L, hash(""));
        assertEquals(0xd24ec4f1a98c6e5bL, hash("a"));
        assertEquals(0x44bc2cf5ad770999L, hash("abc"));
        // 38 bytes: one 32-byte stripe, then the 4-byte and 1-byte tails
        assertEquals(0xe3da069849bdb344L, hash("0123456789abcdef0123456789abcdef012345"));
        assertEquals(0x281876b7da302d4fL, hash("Bonne nuit 😴, à demain"));
    }

    @Test
    void hashesOnlyTheGivenLength() {
        byte[] padded = "abc and more".getBytes(StandardCharsets.UTF_8);
        assertEquals(0x44bc2cf5ad770999L, MessageFingerprint.hash(padded, 3));
    }
}
