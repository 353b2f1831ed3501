package humeur.app.store;

import java.time.LocalDateTime;

/**
 * The one text form of a message time in the database and in fingerprints: {@code yyyy-MM-ddTHH:mm:ss}, plus
 * {@code .SSS} when there are milliseconds. Seconds are always written so that text order is time order, and
 * SQLite's date functions read it as is.
 */
public final class StoredTimestamp {
    private StoredTimestamp() {
    }

    /** The stored form of {@code time}, truncated to the millisecond (years 0 to 9999). */
    public static String format(LocalDateTime time) {
        // Written by hand: this runs for every imported message, and DateTimeFormatter is several times slower.
        int millis = time.getNano() / 1_000_000;
        char[] c = new char[millis == 0 ? 19 : 23];
        digits(c, 0, time.getYear(), 4);
        c[4] = '-';
        digits(c, 5, time.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, time.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, time.getHour(), 2);
        c[13] = ':';
        digits(c, 14, time.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, time.getSecond(), 2);
        if (millis != 0) {
            c[19] = '.';
            digits(c, 20, millis, 3);
        }
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
