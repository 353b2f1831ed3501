package humeur.ingest.reviews;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} header: a number of seconds, or an HTTP-date (RFC 9110). */
final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * How long {@code header} asks to wait from {@code now}: zero for a date already past, null when there is no
     * header or it cannot be read (the caller's own back-off then applies).
     */
    static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("[0-9]{1,10}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            // RFC 1123 covers the IMF-fixdate every server sends ("Wed, 21 Oct 2015 07:28:00 GMT").
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
