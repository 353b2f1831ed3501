package humeur.corpora.tokens;

import humeur.corpora.CorpusException;
import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.Skips;
import humeur.corpora.labelled.LabelScheme;
import humeur.corpora.labelled.LabelledReader;
import humeur.corpora.labelled.LabelledSets;
import humeur.corpora.labelled.LabelledText;
import humeur.corpora.prose.ProseCorpus;
import humeur.corpora.wikipedia.WikipediaDump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The inputs of {@code humeur corpus tokenize}, each opened by what it is: a Wikipedia dump ({@code *wiki*.xml.bz2},
 * {@code *wiki*.xml}), a labelled set ({@code *.csv}, {@code *_text.txt}; its texts only), or prose (any other
 * {@code .txt}, {@code .gz}, {@code .tsv}). Folders are expanded into their files in name order.
 */
public final class CorpusSources {
    private CorpusSources() {
    }

    /** The files behind {@code inputs}, folders expanded, in order; a missing input or an empty folder is an error. */
    public static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> inside;
                try (Stream<Path> listing = Files.list(input)) {
                    inside = listing.filter(f -> Files.isRegularFile(f) && isCorpusFile(f)).sorted().toList();
                }
                if (inside.isEmpty()) {
                    throw new CorpusException(input + ": no corpus file in this folder (expected *.txt, *.gz, *.tsv, *.csv, *.xml.bz2)");
                }
                files.addAll(inside);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new CorpusException(input + ": no such file or folder");
            }
        }
        return files;
    }

    /** Opens one file as a stream of paragraphs. */
    public static ParagraphReader open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("wiki") && (name.endsWith(".xml.bz2") || name.endsWith(".xml"))) {
            return WikipediaDump.open(file).paragraphs();
        }
        if (name.endsWith("_labels.txt")) {
            throw new CorpusException(file + ": a label file; give its texts, the matching *_text.txt, instead");
        }
        if (name.endsWith(".csv") || name.endsWith("_text.txt")) {
            return texts(LabelledSets.open(file, LabelScheme.THREE_CLASS), file);
        }
        return ProseCorpus.open(file);
    }

    private static boolean isCorpusFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith("_labels.txt")) {
            return false;
        }
        return plain.endsWith(".txt") || plain.endsWith(".tsv") || plain.endsWith(".csv") || name.endsWith(".xml.bz2")
                || name.endsWith(".xml");
    }

    /** The texts of a labelled set as paragraphs, each its own document. */
    private static ParagraphReader texts(LabelledReader labelled, Path file) {
        return new ParagraphReader() {
            private long record;

            @Override
            public Paragraph read() throws IOException {
                LabelledText text = labelled.read();
                if (text == null) {
                    return null;
                }
                record++;
                String where = file.getFileName() + ": record " + record;
                return new Paragraph(text.text(), where, where);
            }

            @Override
            public Skips skipped() {
                return new Skips();
            }

            @Override
            public void close() throws IOException {
                labelled.close();
            }
        };
    }
}
