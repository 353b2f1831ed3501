package humeur.ingest.reviews;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date in what a site writes around it ("Publiée le 12 mars 2024", "le 1er févr. 2023", "12/03/2024"),
 * with the month names of the site's language, so that profiles need no date pattern.
 */
final class ReviewDates {
    private static final Pattern NAMED = Pattern.compile(
            "(?<day>[0-9]{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?<month>\\p{L}+)\\.?,?\\s+(?<year>[0-9]{4})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])(?<day>[0-9]{1,2})[/.-](?<month>[0-9]{1,2})[/.-](?<year>[0-9]{4})(?![0-9])");
    private static final Pattern ISO = Pattern.compile(
            "(?<![0-9])(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?![0-9])");

    private final Map<String, Integer> months = new HashMap<>();

    /** Dates in the language of {@code locale}; English month names are understood too. */
    ReviewDates(Locale locale) {
        addMonths(Locale.ENGLISH);
        addMonths(locale);
    }

    private void addMonths(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        for (String[] names : new String[][] {symbols.getMonths(), symbols.getShortMonths()}) {
            for (int i = 0; i < 12; i++) {
                String name = key(names[i]);
                if (!name.isEmpty()) {
                    months.put(name, i + 1);
                }
            }
        }
    }

    // Accents and case vary ("Fevrier", "FÉVR."): compared without either.
    private static String key(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /** The first date written in {@code text}, or null when there is none that exists. */
    LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            Integer month = months.get(key(m.group("month")));
            if (month != null) {
                LocalDate date = date(m, month);
                if (date != null) {
                    return date;
                }
            }
        }
        for (Pattern numeric : new Pattern[] {ISO, NUMERIC}) {
            m = numeric.matcher(text);
            if (m.find()) {
                return date(m, Integer.parseInt(m.group("month")));
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m, int month) {
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
