package humeur.corpora.wikipedia;

import humeur.corpora.CorpusException;
import humeur.corpora.SkipReason;
import humeur.corpora.Skips;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import javax.xml.stream.XMLStreamException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a dump's articles: pages from {@link DumpPages}, skipped or cleaned by {@link Wikitext}. Every failure of
 * the bzip2 stream or the XML becomes a {@link CorpusException} naming the file and the last good page, so a
 * truncated download reads as one clear line, not a parser's stack trace.
 */
final class DumpReader implements DocumentReader {
    private final Path file;
    private final InputStream in;
    private final DumpPages pages;
    private final String wiki;
    private final Skips skips = new Skips();
    private long articles;
    private RawPage last;

    private DumpReader(Path file, InputStream in, DumpPages pages, String wiki) {
        this.file = file;
        this.in = in;
        this.pages = pages;
        this.wiki = wiki;
    }

    /** Opens {@code file} and checks that it is a dump of the {@code language} Wikipedia. */
    static DumpReader open(Path file, String language, int maxPageChars) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": no such file");
        }
        InputStream in = decompressed(file);
        try {
            DumpPages pages;
            String wiki;
            try {
                pages = new DumpPages(in, maxPageChars);
                wiki = pages.readSiteInfo();
            } catch (XMLStreamException e) {
                throw new CorpusException(file + (innermost(e) instanceof IOException ? ": the dump is truncated or damaged, before the first page ("
                        : ": not a MediaWiki XML dump (") + reason(e) + ")", e);
            }
            String expected = language.toLowerCase(Locale.ROOT) + "wiki";
            if (wiki == null) {
                throw new CorpusException(file + ": the dump names no wiki in its <siteinfo> (no <dbname>), so its language is unknown");
            }
            if (!wiki.equals(expected)) {
                throw new CorpusException(file + ": a dump of " + wiki + ", not of " + expected + " (the " + language
                        + " Wikipedia); download " + expected + "-…-pages-articles-multistream.xml.bz2");
            }
            return new DumpReader(file, in, pages, wiki);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream decompressed(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] magic = in.readNBytes(3);
        in.reset();
        if (magic.length == 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            try {
                // true: read every stream of a multistream dump, not just the first
                return new ReadAhead(new BZip2CompressorInputStream(in, true), file.getFileName().toString());
            } catch (IOException e) {
                in.close();
                throw new CorpusException(file + ": the bzip2 data is truncated or damaged (" + e.getMessage() + ")", e);
            }
        }
        return in;
    }

    @Override
    public Document read() throws IOException {
        while (true) {
            RawPage page = nextPage();
            if (page == null) {
                if (articles == 0) {
                    throw new CorpusException(file + ": no article in this dump (" + skips + ")");
                }
                return null;
            }
            last = page;
            SkipReason skip = page.namespace() != 0 ? SkipReason.OTHER_NAMESPACE
                    : page.redirect() || isRedirect(page.text()) ? SkipReason.REDIRECT
                    : page.tooLong() ? SkipReason.PAGE_TOO_LONG : null;
            if (skip == null) {
                Wikitext.Cleaned cleaned = Wikitext.clean(page.text() == null ? "" : page.text());
                skip = cleaned.disambiguation() ? SkipReason.DISAMBIGUATION : cleaned.paragraphs().isEmpty() ? SkipReason.NO_TEXT : null;
                if (skip == null) {
                    articles++;
                    return new Document(page.id(), page.title(), cleaned.paragraphs());
                }
            }
            skips.add(skip, file + ": page " + page.id() + " \"" + page.title() + "\"");
        }
    }

    private RawPage nextPage() throws CorpusException {
        try {
            return pages.next();
        } catch (XMLStreamException | RuntimeException e) {
            String after = last == null ? "before the first page" : "after page " + last.id() + " \"" + last.title() + "\"";
            throw new CorpusException(file + ": the dump is truncated or damaged, " + after + " (" + pages.location() + "): " + reason(e), e);
        }
    }

    /** Redirects written in the text only: {@code #REDIRECTION [[Cible]]}, {@code #redirect [[Cible]]}. */
    private static boolean isRedirect(String text) {
        if (text == null) {
            return false;
        }
        String start = text.stripLeading();
        return start.regionMatches(true, 0, "#REDIRECT", 0, 9);
    }

    /** The innermost message of a failure: the bzip2 or I/O error under the XML parser's, when there is one. */
    private static String reason(Throwable e) {
        Throwable inner = innermost(e);
        String message = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
        return message.replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col]:\\[\\d+,\\d+] Message: ", "");
    }

    /** The failure under all the wrapping: the I/O error under a parser's exception, when there is one. */
    private static Throwable innermost(Throwable e) {
        Throwable inner = e instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner;
    }

    @Override
    public Skips skipped() {
        return skips;
    }

    @Override
    public String wiki() {
        return wiki;
    }

    @Override
    public void close() throws IOException {
        try (in) {
            pages.close();
        } catch (XMLStreamException e) {
            throw new CorpusException(file + ": " + reason(e), e);
        }
    }
}
