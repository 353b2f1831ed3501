package humeur.ingest.whatsapp;

/**
 * Recognises the timestamp that starts each WhatsApp message line, in every variant real exports use:
 * Android {@code 26/09/2019 à 22:39 - } and iOS {@code [3/18/22 14:56:00] }, dotted and dashed dates, 2- and 4-digit
 * and year-first dates, any filler between date and time ({@code à}, {@code ,}, {@code klo}), {@code .} or {@code :}
 * in the time, 12-hour clocks ({@code PM}, {@code p.m.}, {@code p. m.} with ordinary, no-break or narrow no-break
 * spaces), a trailing dot, and {@code -}, EN DASH or {@code :} after the timestamp.
 *
 * <p>Hand-written rather than a regular expression: it runs on every line of exports with millions of them.
 */
final class HeaderParser {
    private static final int MAX_FILLER = 12;

    /** Parses the header at the start of {@code line}; returns false when the line does not start with one. */
    boolean parse(String line, MessageHeader h) {
        int n = line.length();
        int i = skipInvisible(line, 0);
        if (i >= n) {
            return false;
        }
        h.ios = line.charAt(i) == '[';
        if (h.ios) {
            i = skipInvisible(line, i + 1);
        }
        // date: N sep N sep N, separators / . - optionally followed by a space
        int start = i;
        i = digits(line, i, 4);
        if (i < 0) {
            return false;
        }
        h.firstDigits = i - start;
        h.first = number(line, start, i);
        char sep = i < n ? line.charAt(i) : 0;
        if (sep != '/' && sep != '.' && sep != '-') {
            return false;
        }
        i = skipOneSpace(line, i + 1);
        start = i;
        i = digits(line, i, 2);
        if (i < 0) {
            return false;
        }
        h.second = number(line, start, i);
        if (i >= n || line.charAt(i) != sep) {
            return false;
        }
        i = skipOneSpace(line, i + 1);
        start = i;
        i = digits(line, i, 4);
        if (i < 0) {
            return false;
        }
        h.thirdDigits = i - start;
        h.third = number(line, start, i);
        // filler between date and time: anything but digits ("à", ",", "klo", a trailing date dot)
        int fillerEnd = Math.min(n, i + MAX_FILLER);
        int f = i;
        while (f < fillerEnd && !isDigit(line.charAt(f))) {
            f++;
        }
        if (f == i || f >= fillerEnd) {
            return false;
        }
        i = f;
        // time: H:MM[:SS] or H.MM[.SS]
        start = i;
        i = digits(line, i, 2);
        if (i < 0) {
            return false;
        }
        h.hour = number(line, start, i);
        if (i >= n || (line.charAt(i) != ':' && line.charAt(i) != '.')) {
            return false;
        }
        char timeSep = line.charAt(i);
        start = i + 1;
        i = digits(line, start, 2);
        if (i - start != 2) {
            return false;
        }
        h.minute = number(line, start, i);
        h.second_ = 0;
        if (i + 2 < n && line.charAt(i) == timeSep && isDigit(line.charAt(i + 1)) && isDigit(line.charAt(i + 2))) {
            h.second_ = number(line, i + 1, i + 3);
            i += 3;
        }
        i = meridiem(line, i, h);
        if (i < n && line.charAt(i) == '.') {
            i++; // "13:34. - John"
        }
        return h.ios ? closeIos(line, i, h) : closeAndroid(line, i, h);
    }

    private static boolean closeIos(String line, int i, MessageHeader h) {
        i = skipSpaces(line, i);
        if (i >= line.length() || line.charAt(i) != ']') {
            return false;
        }
        i++;
        if (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        h.restStart = skipInvisible(line, i);
        return true;
    }

    private static boolean closeAndroid(String line, int i, MessageHeader h) {
        int n = line.length();
        if (i + 1 < n && line.charAt(i) == ':' && line.charAt(i + 1) == ' ') {
            h.restStart = skipInvisible(line, i + 2); // "12.07.2017, 22:35:22: Author: text"
            return true;
        }
        int j = skipSpaces(line, i);
        if (j == i || j >= n) {
            return false;
        }
        char dash = line.charAt(j);
        if (dash != '-' && dash != '\u2013') {
            return false;
        }
        j++;
        if (j >= n || line.charAt(j) != ' ') {
            return false;
        }
        h.restStart = skipInvisible(line, j + 1);
        return true;
    }

    /** Reads AM/PM in its spellings: AM, PM, am, a.m., p. m., with any kind of space; sets {@code h.meridiem}. */
    private static int meridiem(String line, int i, MessageHeader h) {
        h.meridiem = -1;
        int n = line.length();
        int j = skipSpaces(line, i);
        if (j >= n) {
            return i;
        }
        char c = Character.toLowerCase(line.charAt(j));
        if (c != 'a' && c != 'p') {
            return i;
        }
        int k = j + 1;
        if (k < n && line.charAt(k) == '.') {
            k++;
        }
        k = skipSpaces(line, k);
        if (k >= n || Character.toLowerCase(line.charAt(k)) != 'm') {
            return i;
        }
        k++;
        if (k < n && line.charAt(k) == '.') {
            k++;
        }
        h.meridiem = c == 'p' ? 1 : 0;
        return k;
    }

    private static int digits(String s, int i, int max) {
        int end = i;
        while (end < s.length() && end - i < max && isDigit(s.charAt(end))) {
            end++;
        }
        if (end == i || (end < s.length() && isDigit(s.charAt(end)))) {
            return -1;
        }
        return end;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipOneSpace(String s, int i) {
        return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    }

    /** Skips the marks WhatsApp scatters at line starts: BOM, LRM, RLM. */
    static int skipInvisible(String s, int i) {
        while (i < s.length() && isInvisible(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200E' || c == '\u200F';
    }
}
