package humeur.corpora;

/** Strict UTF-8 validation of raw bytes: no overlong forms, no surrogates, nothing above U+10FFFF. */
final class Utf8 {
    private Utf8() {
    }

    /** Whether {@code bytes[from, to)} is well-formed UTF-8. */
    static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int c = bytes[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2 || c > 0xF4) {
                return false;
            }
            int size = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + size > to) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            // the second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4)
            int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < size; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += size;
        }
        return true;
    }
}
