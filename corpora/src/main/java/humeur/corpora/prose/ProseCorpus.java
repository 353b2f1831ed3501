package humeur.corpora.prose;

import humeur.corpora.CorpusException;
import humeur.corpora.Lines;
import humeur.corpora.ParagraphReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entry point for prose: opens a text file, a Tatoeba TSV or a folder of them as one {@link ParagraphReader}.
 * Bad lines are skipped and counted, not fatal, so that one stray byte does not stop a 27-million-word run:
 * lines that are not UTF-8 or longer than the cap, and malformed or cut-short Tatoeba lines. A corpus with no text
 * at all is an error.
 *
 * <pre>{@code
 * try (ParagraphReader reader = ProseCorpus.open(Path.of("../shared/data/lm"))) {
 *     for (Paragraph p; (p = reader.read()) != null; ) { ... }
 *     System.err.println(reader.skipped());
 * }
 * }</pre>
 */
public final class ProseCorpus {
    private ProseCorpus() {
    }

    /** Opens a file or folder with the default cap on line length, {@link Lines#DEFAULT_MAX_BYTES}. */
    public static ParagraphReader open(Path path) throws IOException {
        return open(path, Lines.DEFAULT_MAX_BYTES);
    }

    /**
     * Opens {@code path}: a {@code .tsv} file is read as Tatoeba pairs (the French second column), any other file as
     * one paragraph per line, either one gunzipped when its name ends in {@code .gz}. A folder is read file by file in
     * name order, taking the files named {@code *.txt}, {@code *.tsv} and their {@code .gz} forms. Lines over
     * {@code maxLineBytes} bytes are skipped.
     */
    public static ParagraphReader open(Path path, int maxLineBytes) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(f -> Files.isRegularFile(f) && isProse(f.getFileName().toString())).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new CorpusException(path + ": no prose file in this folder (expected *.txt, *.txt.gz, *.tsv)");
            }
            return new FolderReader(path, files, maxLineBytes);
        }
        if (!Files.isRegularFile(path)) {
            throw new CorpusException(path + ": no such file or folder");
        }
        return LineFile.open(path, maxLineBytes, true, null);
    }

    private static boolean isProse(String name) {
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return plain.endsWith(".txt") || plain.endsWith(".tsv");
    }
}
