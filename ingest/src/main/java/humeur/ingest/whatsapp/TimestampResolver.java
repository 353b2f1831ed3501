package humeur.ingest.whatsapp;

import humeur.ingest.DateOrder;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/** Turns a parsed header into a local date-time once the file's day/month order is known. */
final class TimestampResolver {
    private final DateOrder order;

    TimestampResolver(DateOrder order) {
        this.order = order;
    }

    /** The header's date-time, or {@code null} when it does not exist (31/02, 25:00, month 13). */
    LocalDateTime resolve(MessageHeader h) {
        int year, month, day;
        if (h.yearFirst()) {
            year = h.first;
            month = h.second;
            day = h.third;
        } else {
            year = h.thirdDigits <= 2 ? 2000 + h.third : h.third;
            month = order == DateOrder.MONTH_FIRST ? h.first : h.second;
            day = order == DateOrder.MONTH_FIRST ? h.second : h.first;
        }
        if (h.meridiem >= 0 && (h.hour < 1 || h.hour > 12)) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, h.hour24(), h.minute, h.second_);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
