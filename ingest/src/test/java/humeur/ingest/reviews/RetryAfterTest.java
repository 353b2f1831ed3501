package humeur.ingest.reviews;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2024-03-12T10:00:00Z");

    @Test
    void seconds() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse(" 0 ", NOW));
    }

    @Test
    void anHttpDate() {
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 12 Mar 2024 10:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 12 Mar 2024 09:00:00 GMT", NOW), "already past");
    }

    @Test
    void nothingUsable() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
    }
}
