package humeur.corpora.prose;

import humeur.corpora.CorpusException;
import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.Skips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The files of a folder read one after the other as one corpus; only the folder as a whole must hold some text. */
final class FolderReader implements ParagraphReader {
    private final Path folder;
    private final List<Path> files;
    private final int maxLineBytes;
    private final Skips skips = new Skips();
    private int next;
    private LineFile current;
    private long paragraphs;

    FolderReader(Path folder, List<Path> files, int maxLineBytes) {
        this.folder = folder;
        this.files = files;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Paragraph read() throws IOException {
        while (true) {
            if (current == null) {
                if (next == files.size()) {
                    if (paragraphs == 0) {
                        throw new CorpusException(folder + ": no text in any of its " + files.size() + " files (empty corpus)");
                    }
                    return null;
                }
                current = LineFile.open(files.get(next++), maxLineBytes, false, skips);
            }
            Paragraph paragraph = current.read();
            if (paragraph != null) {
                paragraphs++;
                return paragraph;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public Skips skipped() {
        return skips;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
