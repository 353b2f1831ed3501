package humeur.corpora.wikipedia;

import java.util.List;

/**
 * A Wikipedia article as prose.
 *
 * @param id         the page id in the dump
 * @param title      the page title, as in the dump
 * @param paragraphs its paragraphs in page order, each one line of clean text; never empty
 */
public record Document(long id, String title, List<String> paragraphs) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
    }
}
