package humeur.app.report;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A contact at a glance: all their scored messages together, their periods (only those with messages), the trend
 * of their mean polarity and their most active periods.
 *
 * @param trend the slope of the least-squares line through the period means, in polarity per period (counting the
 *              empty periods between them), NaN with fewer than two periods
 */
public record ContactOverview(String contact, Tally total, List<PeriodAggregate> periods, double trend,
                              List<PeriodAggregate> mostActive) {

    /** How many most active periods an overview names. */
    public static final int MOST_ACTIVE = 3;

    /** The overview of {@code contact} from their periods, in time order; {@code index} gives a period's position. */
    public static ContactOverview of(String contact, List<PeriodAggregate> periods, ToIntFunction<PeriodAggregate> index) {
        Tally total = new Tally();
        for (PeriodAggregate p : periods) {
            total.merge(p.tally());
        }
        List<PeriodAggregate> mostActive = periods.stream()
                .sorted(Comparator.comparingLong((PeriodAggregate p) -> p.tally().count()).reversed()
                        .thenComparing(PeriodAggregate::start))
                .limit(MOST_ACTIVE).toList();
        return new ContactOverview(contact, total, List.copyOf(periods), slope(periods, index), mostActive);
    }

    // Ordinary least squares of mean on period position: each period counts once however many messages it holds,
    // so that one busy month does not decide the trend of a year.
    private static double slope(List<PeriodAggregate> periods, ToIntFunction<PeriodAggregate> index) {
        int n = periods.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (PeriodAggregate p : periods) {
            mx += index.applyAsInt(p);
            my += p.tally().mean();
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (PeriodAggregate p : periods) {
            double dx = index.applyAsInt(p) - mx;
            sxy += dx * (p.tally().mean() - my);
            sxx += dx * dx;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }
}
