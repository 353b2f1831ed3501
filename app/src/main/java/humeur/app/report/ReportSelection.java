package humeur.app.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers: some chats (all when empty), some contacts (all when empty), the days from {@code from} to
 * {@code to} inclusive (either may be null: no bound), periods of {@code by}, and the scores of the model named
 * {@code model} (its identity or its name; null for the model used last).
 */
public record ReportSelection(List<String> chats, List<String> contacts, LocalDate from, LocalDate to,
                              Granularity by, String model) {
    public ReportSelection {
        chats = List.copyOf(chats);
        contacts = List.copyOf(contacts);
    }

    /** Every chat, contact and day, by month, with the latest model's scores. */
    public static ReportSelection everything() {
        return new ReportSelection(List.of(), List.of(), null, null, Granularity.MONTH, null);
    }

    /** This selection with periods of {@code granularity}. */
    public ReportSelection by(Granularity granularity) {
        return new ReportSelection(chats, contacts, from, to, granularity, model);
    }
}
