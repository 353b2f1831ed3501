package humeur.ingest.whatsapp;

/**
 * The parts of a message's first line, as {@link HeaderParser} found them. Mutable and reused line after line,
 * because a million-message export must not allocate an object per line just to look at it.
 */
final class MessageHeader {
    /** The three date numbers in the order written, and how many digits each had. */
    int first, second, third;
    int firstDigits, thirdDigits;
    int hour, minute, second_;
    /** -1 without AM/PM, 0 for AM, 1 for PM. */
    int meridiem;
    /** iOS writes {@code [timestamp] }, Android {@code timestamp - }. */
    boolean ios;
    /** Index in the line where the author (or the event text) starts. */
    int restStart;

    boolean yearFirst() {
        return firstDigits == 4;
    }

    int hour24() {
        if (meridiem < 0) {
            return hour;
        }
        int h = hour % 12;
        return meridiem == 1 ? h + 12 : h;
    }
}
