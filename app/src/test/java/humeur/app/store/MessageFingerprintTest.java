package humeur.app.store;

import humeur.ingest.Message;
import humeur.ingest.MessageKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static humeur.app.store.Messages.event;
import static humeur.app.store.Messages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MessageFingerprintTest {
    private final MessageFingerprint fingerprint = new MessageFingerprint();

    private long of(Message m) {
        return fingerprint.of(StoredTimestamp.format(m.timestamp()), m);
    }

    @Test
    void isPinnedSinceDatabasesKeepIt() {
        // Computed independently (Python and libxxhash) from the documented encoding.
        assertEquals(-2779647523001156993L, of(text("2024-05-01T12:00", "Léa", "ok")));
        assertEquals(-2606355137846306441L, of(event("2024-05-01T12:00", "Léa a créé le groupe")));
    }

    @Test
    void ignoresWhatDiffersBetweenExportsOfTheSameMessage() {
        Message plain = text("2024-05-01T12:00", "Léa", "ok");
        Message elsewhere = new Message(plain.timestamp(), "Léa", "ok", MessageKind.TEXT, null, null, false, true,
                List.of(), 1234);
        assertEquals(of(plain), of(elsewhere));
    }

    @Test
    void tellsApartEveryFieldItCovers() {
        long base = of(text("2024-05-01T12:00", "Léa", "ok"));
        assertNotEquals(base, of(text("2024-05-01T12:01", "Léa", "ok")));
        assertNotEquals(base, of(text("2024-05-01T12:00", "Natan", "ok")));
        assertNotEquals(base, of(text("2024-05-01T12:00", "Léa", "ok!")));
        assertNotEquals(base, of(new Message(LocalDateTime.parse("2024-05-01T12:00"), "Léa", "ok", MessageKind.DELETED,
                null, null, false, false, List.of(), 0)));
    }

    @Test
    void fieldBoundariesAndMissingAuthorsCannotCollide() {
        assertNotEquals(of(text("2024-05-01T12:00", "ab", "c")), of(text("2024-05-01T12:00", "a", "bc")));
        assertNotEquals(of(text("2024-05-01T12:00", "", "x")), of(event("2024-05-01T12:00", "x")));
    }

    @Test
    void longTextsReuseAGrowingBuffer() {
        String longText = "é".repeat(10_000);
        long first = of(text("2024-05-01T12:00", "Léa", longText));
        of(text("2024-05-01T12:00", "Léa", "short"));
        assertEquals(first, of(text("2024-05-01T12:00", "Léa", longText)));
    }
}
