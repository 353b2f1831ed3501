package humeur.corpora.wikipedia;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point for Wikipedia: opens a {@code pages-articles} dump, bzip2-compressed (multistream or not) or plain
 * XML, recognised by its content rather than its name, and checks that it comes from the right Wikipedia.
 *
 * <pre>{@code
 * try (DocumentReader reader = WikipediaDump.open(Path.of("frwiki-20250601-pages-articles-multistream.xml.bz2"))) {
 *     for (Document d; (d = reader.read()) != null; ) { ... }
 * }
 * }</pre>
 */
public final class WikipediaDump {
    /** Pages with more wikitext than this (10 M characters, several times the largest article) are skipped. */
    public static final int MAX_PAGE_CHARS = 10_000_000;

    private WikipediaDump() {
    }

    /** Opens a dump of the French Wikipedia; a dump of another wiki is refused with a message naming it. */
    public static DocumentReader open(Path dump) throws IOException {
        return open(dump, "fr");
    }

    /** Opens a dump of the Wikipedia in {@code language} (its code: {@code fr}, {@code en}). */
    public static DocumentReader open(Path dump, String language) throws IOException {
        return DumpReader.open(dump, language, MAX_PAGE_CHARS);
    }
}
