package humeur.ingest;

/**
 * A piece of an export that could not be understood and was not turned into a message.
 *
 * @param location where it is: {@code line 12} in a text export, a JSON path such as {@code messages[3]} in a JSON one
 * @param content  the text found there, shortened when long
 * @param reason   why it was skipped, in a few words
 */
public record SkippedInput(String location, String content, String reason) {
}
