package humeur.app.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SessionCutterTest {
    private static List<Boolean> starts(Duration gap, String... times) {
        SessionCutter cutter = new SessionCutter(gap);
        return java.util.Arrays.stream(times).map(t -> cutter.startsSession(LocalDateTime.parse(t))).toList();
    }

    @Test
    void aSilenceOfExactlyTheGapStaysInTheSessionAndOneSecondMoreStartsANewOne() {
        assertEquals(List.of(true, false, false, true, false),
                starts(Duration.ofMinutes(60), "2024-03-01T09:00:00", "2024-03-01T09:30:00", "2024-03-01T10:30:00",
                        "2024-03-01T11:30:01", "2024-03-01T11:30:01"));
    }

    @Test
    void theGapIsMeasuredFromTheLastMessageNotTheFirst() {
        assertEquals(List.of(true, false, false, false),
                starts(Duration.ofMinutes(60), "2024-03-01T09:00", "2024-03-01T09:59", "2024-03-01T10:58",
                        "2024-03-01T11:57"));
    }

    @Test
    void sessionsCrossMidnight() {
        assertEquals(List.of(true, false, true),
                starts(Duration.ofMinutes(30), "2024-03-01T23:50", "2024-03-02T00:20", "2024-03-02T00:50:00.001"));
    }

    @Test
    void aNegativeGapIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionCutter(Duration.ofMinutes(-1)));
    }
}
