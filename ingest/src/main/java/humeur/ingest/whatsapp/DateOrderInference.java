package humeur.ingest.whatsapp;

import humeur.ingest.DateOrder;

/**
 * Decides whether a file writes day or month first, from all of its dates, since neither the phone's system nor its
 * language says. In order of strength: a first number above 12 can only be a day (and a second one above 12 too);
 * within one year, months never go down from one message to the next, so a number that does is the day; the number
 * that changes more often is the day; failing all that, day-first, and the reader says it guessed.
 */
final class DateOrderInference {
    private int maxFirst, maxSecond;
    private int firstDown, secondDown;
    private long firstChanges, secondChanges;
    private boolean seen, yearFirst;
    private int prevFirst, prevSecond, prevYear;

    /** Takes one more header into account. */
    void add(MessageHeader h) {
        if (h.yearFirst()) {
            yearFirst = true;
            return;
        }
        maxFirst = Math.max(maxFirst, h.first);
        maxSecond = Math.max(maxSecond, h.second);
        if (seen && h.third == prevYear) {
            if (h.first != prevFirst) {
                firstChanges++;
                if (h.first < prevFirst) {
                    firstDown++;
                }
            }
            if (h.second != prevSecond) {
                secondChanges++;
                if (h.second < prevSecond) {
                    secondDown++;
                }
            }
        }
        seen = true;
        prevFirst = h.first;
        prevSecond = h.second;
        prevYear = h.third;
    }

    /** Whether the evidence so far is conclusive, so that reading further cannot change the answer. */
    boolean settled() {
        return yearFirst || maxFirst > 12 || maxSecond > 12;
    }

    /** The order the evidence points to. Year-first dates are always year, month, day: reported as month-first. */
    DateOrder order() {
        if (yearFirst) {
            return DateOrder.MONTH_FIRST;
        }
        if (maxFirst > 12) {
            return DateOrder.DAY_FIRST;
        }
        if (maxSecond > 12) {
            return DateOrder.MONTH_FIRST;
        }
        if (firstDown > 0 && secondDown == 0) {
            return DateOrder.DAY_FIRST;
        }
        if (secondDown > 0 && firstDown == 0) {
            return DateOrder.MONTH_FIRST;
        }
        if (firstChanges != secondChanges) {
            return firstChanges > secondChanges ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        }
        return DateOrder.DAY_FIRST;
    }

    /** Why {@link #order()} answered what it did, for the import summary. */
    String reason() {
        if (yearFirst) {
            return "dates are written year first";
        }
        if (maxFirst > 12 || maxSecond > 12) {
            return "read " + describe(order()) + ": a " + (maxFirst > 12 ? "first" : "second") + " date number above 12";
        }
        if ((firstDown > 0) != (secondDown > 0)) {
            return "read " + describe(order()) + ": inferred from the order of the dates (no date number above 12)";
        }
        if (firstChanges != secondChanges) {
            return "read " + describe(order()) + ": inferred from which date number changes more often (no number above 12)";
        }
        return "read day-first by default: the dates do not tell (use --month-first if that is wrong)";
    }

    private static String describe(DateOrder order) {
        return order == DateOrder.DAY_FIRST ? "day-first" : "month-first";
    }
}
