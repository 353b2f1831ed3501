package humeur.app.store;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Cuts a chat's messages, taken in time order, into sessions: a new session starts after a silence longer than the
 * gap. A silence of exactly the gap stays within the session (the schema's "no silence longer than gap_minutes").
 */
public final class SessionCutter {
    private final Duration gap;
    private LocalDateTime last;

    /** A cutter starting a session after a silence longer than {@code gap}. */
    public SessionCutter(Duration gap) {
        if (gap.isNegative()) {
            throw new IllegalArgumentException("negative session gap: " + gap);
        }
        this.gap = gap;
    }

    /**
     * Whether the message at {@code time}, following those already given, starts a new session (the first always
     * does). Times must not go backwards.
     */
    public boolean startsSession(LocalDateTime time) {
        boolean starts = last == null || Duration.between(last, time).compareTo(gap) > 0;
        last = time;
        return starts;
    }
}
