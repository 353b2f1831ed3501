package humeur.ingest.reviews;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's rating scale (AlloCiné: 0.5 to 5 by halves), which reads ratings as sites write them ("4,5", "4.5/5",
 * "8 sur 10") and brings them to a common scale out of 5, so that labels mean the same whatever the site.
 *
 * @param min  the lowest rating given
 * @param max  the highest
 * @param step the gap between two ratings (0.5 for half stars), 0 for any value
 */
record RatingScale(double min, double max, double step) {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,][0-9]+)?");
    private static final double TOLERANCE = 1e-6;

    RatingScale {
        if (!(min >= 0 && max > min && step >= 0 && step <= max - min)) {
            throw new IllegalArgumentException("needs 0 <= rating.min < rating.max and a step below their gap, got "
                    + "min " + min + ", max " + max + ", step " + step);
        }
    }

    /** The first number written in {@code text} (decimal comma or point), or null when there is none. */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Double.valueOf(m.group().replace(',', '.')) : null;
    }

    /** Whether a rating is one this scale gives: within it, and on a step. */
    boolean contains(double rating) {
        if (rating < min - TOLERANCE || rating > max + TOLERANCE) {
            return false;
        }
        if (step == 0) {
            return true;
        }
        double steps = (rating - min) / step;
        return Math.abs(steps - Math.rint(steps)) < TOLERANCE;
    }

    /** {@code rating} on a scale from 0 to 5 (the scale's maximum becomes 5), rounded to two decimals. */
    double outOf5(double rating) {
        return Math.round(rating / max * 5 * 100) / 100.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s to %s by %s", plain(min), plain(max), plain(step));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
