package humeur.app.report;

/** The scored messages of one contact in one chat and one period: the finest grain a report keeps. */
public record Cell(int chat, String contact, int period, Tally tally) {
}
