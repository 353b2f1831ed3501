package humeur.corpora.split;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts equal up to case and spacing are one; the set holds many without false matches. */
class FingerprintsTest {

    @Test
    void caseAndSpacingDoNotMatterWordsDo() {
        assertEquals(Fingerprints.of("Bonjour !"), Fingerprints.of("  bonjour \t\n !"));
        assertEquals(Fingerprints.of("ÉTÉ 𐐀"), Fingerprints.of("été 𐐨"));
        assertNotEquals(Fingerprints.of("Bonjour !"), Fingerprints.of("Bonjour!"));
        assertNotEquals(Fingerprints.of("il est là"), Fingerprints.of("il est la"));
    }

    @Test
    void addAndContains() {
        Fingerprints set = new Fingerprints();
        assertTrue(set.add("Le chat dort."));
        assertFalse(set.add("le  chat dort."));
        assertTrue(set.contains("LE CHAT DORT."));
        assertFalse(set.contains("Le chien dort."));
        assertEquals(1, set.size());
    }

    @Test
    void manyTextsGrowTheTable() {
        Fingerprints set = new Fingerprints();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(set.add("phrase " + i));
        }
        assertEquals(200_000, set.size());
        for (int i = 0; i < 200_000; i++) {
            assertTrue(set.contains("Phrase " + i));
            assertFalse(set.contains("phrase " + (i + 200_000)));
        }
    }
}
