package humeur.corpora.wikipedia;

import humeur.corpora.ParagraphReader;
import humeur.corpora.Skips;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the articles of a dump in dump order: call {@link #read()} until it returns {@code null}. Redirects,
 * disambiguation pages, pages outside the main namespace and pages left without prose are skipped and counted.
 */
public interface DocumentReader extends Closeable {

    /** The next article, or {@code null} at the end; a damaged dump throws a {@link humeur.corpora.CorpusException}. */
    Document read() throws IOException;

    /** The pages skipped so far, by reason. */
    Skips skipped();

    /** The wiki the dump comes from, as its {@code <dbname>} names it: {@code frwiki}. */
    String wiki();

    /**
     * The same articles as a stream of paragraphs; each paragraph's document is {@code WIKI:ID}
     * ({@code frwiki:42}), so that splits keep an article whole. Closing either reader closes the dump.
     */
    default ParagraphReader paragraphs() {
        return new DocumentParagraphs(this);
    }
}
