package humeur.app.report;

import java.time.LocalDate;

/** A contact's scored messages in one period, all selected chats together. */
public record PeriodAggregate(String contact, LocalDate start, String label, Tally tally) {
}
