package humeur.corpora.wikipedia;

import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.Skips;

import java.io.IOException;

/** The paragraphs of a {@link DocumentReader}'s articles, one after the other. */
final class DocumentParagraphs implements ParagraphReader {
    private final DocumentReader documents;
    private Document current;
    private int next;

    DocumentParagraphs(DocumentReader documents) {
        this.documents = documents;
    }

    @Override
    public Paragraph read() throws IOException {
        while (current == null || next == current.paragraphs().size()) {
            current = documents.read();
            next = 0;
            if (current == null) {
                return null;
            }
        }
        String id = documents.wiki() + ":" + current.id();
        return new Paragraph(current.paragraphs().get(next++), id, id + " \"" + current.title() + "\"");
    }

    @Override
    public Skips skipped() {
        return documents.skipped();
    }

    @Override
    public void close() throws IOException {
        documents.close();
    }
}
