package humeur.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way reports write numbers: rounded to four decimals, with a dot, without exponent or trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    /** {@code value} rounded to four decimals, e.g. {@code 0.1235}, {@code -1}, {@code 0}. */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** {@code value} rounded to four decimals as a number for JSON writers. */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
