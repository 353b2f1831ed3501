package humeur.app.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredTimestampTest {

    private static String format(String iso) {
        return StoredTimestamp.format(LocalDateTime.parse(iso));
    }

    @Test
    void alwaysWritesSecondsAndMillisecondsOnlyWhenThereAreSome() {
        assertEquals("2024-03-09T07:05:00", format("2024-03-09T07:05"));
        assertEquals("2024-03-09T07:05:09", format("2024-03-09T07:05:09"));
        assertEquals("2024-03-09T07:05:09.040", format("2024-03-09T07:05:09.040999"));
        assertEquals("0999-12-31T23:59:59", format("0999-12-31T23:59:59"));
    }

    @Test
    void textOrderIsTimeOrder() {
        assertTrue(format("2024-03-09T07:05").compareTo(format("2024-03-09T07:05:00.001")) < 0);
        assertTrue(format("2024-03-09T07:05:00.500").compareTo(format("2024-03-09T07:05:01")) < 0);
    }

    @Test
    void readsBackAsTheSameTime() {
        LocalDateTime t = LocalDateTime.parse("2024-03-09T07:05:09.123");
        assertEquals(t, LocalDateTime.parse(StoredTimestamp.format(t)));
    }
}
