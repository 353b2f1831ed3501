package humeur.app.report;

/**
 * A message shown as an example of its period: one of the most positive or most negative of a contact in a chat and
 * period. Its text is the sender's, untrusted: reports show it as text, never as markup.
 *
 * @param cell      the index of its {@link Cell} in {@link ReportData#cells()}
 * @param messageId its row in {@code messages}
 * @param time      its local time, {@code yyyy-MM-ddTHH:mm:ss}
 * @param score     its polarity
 * @param text      its text, cut to {@link ReportQuery#EXAMPLE_LENGTH} characters
 */
public record Example(int cell, long messageId, String time, double score, String text) {
}
