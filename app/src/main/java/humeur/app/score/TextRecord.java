package humeur.app.score;

/**
 * One text to score and where it was read.
 *
 * @param source the file it was read from, or {@code -} for standard input
 * @param line   the line it starts on (1-based)
 * @param text   the text, as read
 */
public record TextRecord(String source, long line, String text) {
}
