package humeur.corpora;

/**
 * One unit of running text: a paragraph, or a sentence in corpora written one sentence per line.
 *
 * @param text     the text, tidied by {@link CleanText}: never empty, no control characters, single spaces
 * @param document the document it belongs to, unique within a corpus (a novel, a package, a Wikipedia article,
 *                 a block of lines); splits keep a document whole
 * @param where    where it was read, for messages: {@code file: line 12}, {@code frwiki page 42}
 */
public record Paragraph(String text, String document, String where) {
}
