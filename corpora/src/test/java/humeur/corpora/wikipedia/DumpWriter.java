package humeur.corpora.wikipedia;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes dumps in the real MediaWiki export schema (0.11, as the frwiki dumps of 2025): the siteinfo with its
 * namespaces, then pages with one revision each. A multistream dump is bzip2 streams laid end to end, as Wikimedia
 * writes them: the header in the first, {@value #PAGES_PER_STREAM} pages in each of the next, the closing tag last.
 */
public final class DumpWriter implements AutoCloseable {
    static final int PAGES_PER_STREAM = 100;

    private final OutputStream file;
    private final boolean bzip2;
    private final ByteArrayOutputStream stream = new ByteArrayOutputStream();
    private int pagesInStream;
    private long revision = 200_000_000;

    private DumpWriter(OutputStream file, boolean bzip2, String dbname) throws IOException {
        this.file = file;
        this.bzip2 = bzip2;
        write(header(dbname));
        endStream();
    }

    /** A multistream {@code .xml.bz2} dump of {@code dbname} ({@code frwiki}). */
    public static DumpWriter multistream(Path path, String dbname) throws IOException {
        return new DumpWriter(Files.newOutputStream(path), true, dbname);
    }

    /** An uncompressed {@code .xml} dump. */
    public static DumpWriter plain(Path path, String dbname) throws IOException {
        return new DumpWriter(Files.newOutputStream(path), false, dbname);
    }

    /** Adds an article or any page of namespace {@code ns}. */
    public DumpWriter page(long id, int ns, String title, String text) throws IOException {
        return page(id, ns, title, null, text);
    }

    /** Adds a redirect to {@code target}, with its {@code #REDIRECTION} text. */
    public DumpWriter redirect(long id, String title, String target) throws IOException {
        return page(id, 0, title, target, "#REDIRECTION [[" + target + "]]");
    }

    private DumpWriter page(long id, int ns, String title, String redirect, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write("  <page>\n    <title>" + escape(title) + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + id + "</id>\n"
                + (redirect == null ? "" : "    <redirect title=\"" + escape(redirect) + "\" />\n")
                + "    <revision>\n      <id>" + revision++ + "</id>\n      <parentid>" + (revision - 7) + "</parentid>\n"
                + "      <timestamp>2025-05-20T14:03:11Z</timestamp>\n"
                + "      <contributor>\n        <username>Contributeur " + id % 97 + "</username>\n        <id>" + (id % 97 + 1000) + "</id>\n      </contributor>\n"
                + "      <comment>/* Histoire */ style &amp; liens</comment>\n      <origin>" + revision + "</origin>\n"
                + "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                + "      <text bytes=\"" + bytes.length + "\" sha1=\"phoiac9h4m842xq45sp7s6u21eteeq1\" xml:space=\"preserve\">" + escape(text) + "</text>\n"
                + "      <sha1>phoiac9h4m842xq45sp7s6u21eteeq1</sha1>\n    </revision>\n  </page>\n");
        if (++pagesInStream == PAGES_PER_STREAM) {
            endStream();
        }
        return this;
    }

    private static String header(String dbname) {
        String lang = dbname.replace("wiki", "");
        return "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd\" "
                + "version=\"0.11\" xml:lang=\"" + lang + "\">\n  <siteinfo>\n    <sitename>Wikipédia</sitename>\n"
                + "    <dbname>" + dbname + "</dbname>\n    <base>https://" + lang + ".wikipedia.org/wiki/Wikip%C3%A9dia:Accueil_principal</base>\n"
                + "    <generator>MediaWiki 1.45.0-wmf.2</generator>\n    <case>first-letter</case>\n    <namespaces>\n"
                + "      <namespace key=\"-2\" case=\"first-letter\">Média</namespace>\n"
                + "      <namespace key=\"-1\" case=\"first-letter\">Spécial</namespace>\n"
                + "      <namespace key=\"0\" case=\"first-letter\" />\n"
                + "      <namespace key=\"1\" case=\"first-letter\">Discussion</namespace>\n"
                + "      <namespace key=\"2\" case=\"first-letter\">Utilisateur</namespace>\n"
                + "      <namespace key=\"4\" case=\"first-letter\">Wikipédia</namespace>\n"
                + "      <namespace key=\"6\" case=\"first-letter\">Fichier</namespace>\n"
                + "      <namespace key=\"10\" case=\"first-letter\">Modèle</namespace>\n"
                + "      <namespace key=\"14\" case=\"first-letter\">Catégorie</namespace>\n"
                + "      <namespace key=\"100\" case=\"first-letter\">Portail</namespace>\n"
                + "    </namespaces>\n  </siteinfo>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void write(String xml) {
        stream.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
    }

    private void endStream() throws IOException {
        if (stream.size() == 0) {
            return;
        }
        if (bzip2) {
            try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(new NonClosing(file))) {
                stream.writeTo(bz);
            }
        } else {
            stream.writeTo(file);
        }
        stream.reset();
        pagesInStream = 0;
    }

    @Override
    public void close() throws IOException {
        endStream();
        write("</mediawiki>\n");
        endStream();
        file.close();
    }

    /** Lets a bzip2 stream end without closing the file under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
