package humeur.app.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The length of a report's periods: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** The label of the period holding {@code day}: {@code 2024-09-14}, {@code 2024-W37} or {@code 2024-09}. */
    public String label(LocalDate day) {
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.toString().substring(0, 7);
        };
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The first days of every period from the one holding {@code first} to the one holding {@code last}. */
    public List<LocalDate> startsBetween(LocalDate first, LocalDate last) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = start(first); !d.isAfter(last); d = next(d)) {
            starts.add(d);
        }
        return starts;
    }

    /** The lower-case name used on the command line and in files: {@code day}, {@code week}, {@code month}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
