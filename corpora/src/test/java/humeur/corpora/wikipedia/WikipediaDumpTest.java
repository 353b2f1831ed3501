package humeur.corpora.wikipedia;

import humeur.corpora.CorpusException;
import humeur.corpora.Paragraph;
import humeur.corpora.ParagraphReader;
import humeur.corpora.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole dumps in the real export schema: which pages become documents, and damaged or foreign dumps refused clearly. */
class WikipediaDumpTest {
    @TempDir
    Path dir;

    /** A small French dump: two articles around every kind of page that is skipped. */
    private static void frenchPages(DumpWriter dump) throws IOException {
        dump.page(681159, 0, "Paris", "{{Infobox Commune de France|nom=Paris}}\n'''Paris''' est la [[capitale]] de la [[France]]."
                        + "<ref>{{Lien web|titre=Insee}}</ref>\n\n== Histoire ==\nLa ville s'appelait [[Lutèce]].\n[[Catégorie:Paris]]")
                .redirect(681160, "Paname", "Paris")
                .page(681161, 0, "Lutece", "#redirection [[Lutèce]]")
                .page(681162, 0, "Mercure", "'''Mercure''' peut désigner :\n* [[Mercure (planète)]]\n* [[Mercure (mythologie)]]\n{{Homonymie}}")
                .page(681163, 1, "Discussion:Paris", "Une discussion sur [[Paris]].")
                .page(681164, 14, "Catégorie:Paris", "Les pages sur Paris.")
                .page(681165, 0, "Vide", "{{Ébauche}}\n[[Catégorie:Ébauche]]")
                .page(681166, 0, "Lyon", "'''Lyon''' est une ville.\n\nElle est traversée par le [[Rhône (fleuve)|Rhône]].");
    }

    private static List<Document> readAll(DocumentReader reader) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (reader) {
            for (Document d; (d = reader.read()) != null; ) {
                documents.add(d);
            }
        }
        return documents;
    }

    @Test
    void articlesOfAMultistreamDump() throws Exception {
        Path file = dir.resolve("frwiki-20250601-pages-articles-multistream.xml.bz2");
        try (DumpWriter dump = DumpWriter.multistream(file, "frwiki")) {
            frenchPages(dump);
            for (int i = 0; i < 250; i++) {
                dump.page(700_000 + i, 0, "Article " + i, "Le [[texte]] numéro " + i + ".");
            }
        }
        DocumentReader reader = WikipediaDump.open(file);
        List<Document> documents = readAll(reader);
        assertEquals(252, documents.size());
        assertEquals(new Document(681159, "Paris", List.of("Paris est la capitale de la France.", "La ville s'appelait Lutèce.")), documents.get(0));
        assertEquals(List.of("Lyon est une ville.", "Elle est traversée par le Rhône."), documents.get(1).paragraphs());
        assertEquals(new Document(700_249, "Article 249", List.of("Le texte numéro 249.")), documents.get(251));
        assertEquals(2, reader.skipped().count(SkipReason.REDIRECT));
        assertEquals(1, reader.skipped().count(SkipReason.DISAMBIGUATION));
        assertEquals(2, reader.skipped().count(SkipReason.OTHER_NAMESPACE));
        assertEquals(1, reader.skipped().count(SkipReason.NO_TEXT));
        assertEquals(file + ": page 681162 \"Mercure\"", reader.skipped().firstAt(SkipReason.DISAMBIGUATION));
        assertEquals("frwiki", reader.wiki());
    }

    @Test
    void plainXmlAndParagraphs() throws Exception {
        Path file = dir.resolve("frwiki-latest-pages-articles.xml");
        try (DumpWriter dump = DumpWriter.plain(file, "frwiki")) {
            frenchPages(dump);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        try (ParagraphReader reader = WikipediaDump.open(file).paragraphs()) {
            for (Paragraph p; (p = reader.read()) != null; ) {
                paragraphs.add(p);
            }
        }
        assertEquals(4, paragraphs.size());
        assertEquals(new Paragraph("La ville s'appelait Lutèce.", "frwiki:681159", "frwiki:681159 \"Paris\""), paragraphs.get(1));
        assertEquals("frwiki:681166", paragraphs.get(3).document());
    }

    @Test
    void aDumpOfAnotherWikipediaIsRefusedUnlessAskedFor() throws Exception {
        Path file = dir.resolve("enwiki-20250601-pages-articles-multistream.xml.bz2");
        try (DumpWriter dump = DumpWriter.multistream(file, "enwiki")) {
            dump.page(12, 0, "Anarchism", "'''Anarchism''' is a political philosophy.");
        }
        CorpusException e = assertThrows(CorpusException.class, () -> WikipediaDump.open(file));
        assertTrue(e.getMessage().startsWith(file + ": a dump of enwiki, not of frwiki (the fr Wikipedia)"), e.getMessage());
        assertEquals(List.of("Anarchism is a political philosophy."), readAll(WikipediaDump.open(file, "en")).get(0).paragraphs());
    }

    @Test
    void aTruncatedDumpNamesTheFileAndTheLastGoodPage() throws Exception {
        Path whole = dir.resolve("whole.xml.bz2");
        try (DumpWriter dump = DumpWriter.multistream(whole, "frwiki")) {
            for (int i = 0; i < 1000; i++) {
                dump.page(i + 1, 0, "Page " + i, "Texte de la page " + i + ", assez long pour remplir les blocs. ".repeat(20));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        for (int cut : new int[] {bytes.length / 2, bytes.length - 30, 50}) {
            Path file = Files.write(dir.resolve("cut-" + cut + ".xml.bz2"), Arrays.copyOf(bytes, cut));
            CorpusException e = assertThrows(CorpusException.class,
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(WikipediaDump.open(file))));
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
        }
        Path half = dir.resolve("cut-" + bytes.length / 2 + ".xml.bz2");
        String message = assertThrows(CorpusException.class, () -> readAll(WikipediaDump.open(half))).getMessage();
        assertTrue(message.matches(".*: the dump is truncated or damaged, after page \\d+ \"Page \\d+\" \\(XML line \\d+\\): .*"), message);
    }

    @Test
    void aDumpCutBetweenStreamsIsTruncatedToo() throws Exception {
        Path file = dir.resolve("between.xml.bz2");
        try (DumpWriter dump = DumpWriter.multistream(file, "frwiki")) {
            dump.page(1, 0, "Un", "Premier texte.");
        }
        byte[] bytes = Files.readAllBytes(file);
        // the closing </mediawiki> is the last stream: find where it starts, at the last "BZh" stream header
        int last = bytes.length - 1;
        while (!(bytes[last] == 'B' && bytes[last + 1] == 'Z' && bytes[last + 2] == 'h')) {
            last--;
        }
        Path cut = Files.write(dir.resolve("between-cut.xml.bz2"), Arrays.copyOf(bytes, last));
        String message = assertThrows(CorpusException.class, () -> readAll(WikipediaDump.open(cut))).getMessage();
        assertTrue(message.startsWith(cut + ": the dump is truncated or damaged, after page 1 \"Un\""), message);
    }

    @Test
    void filesThatAreNotDumps() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xml"), "Ceci n'est pas un dump.");
        assertTrue(assertThrows(CorpusException.class, () -> WikipediaDump.open(text)).getMessage()
                .startsWith(text + ": not a MediaWiki XML dump ("));
        Path other = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><rss><channel/></rss>");
        assertEquals(other + ": not a MediaWiki XML dump (the root element is <rss>, not <mediawiki>)",
                assertThrows(CorpusException.class, () -> WikipediaDump.open(other)).getMessage());
        Path doctype = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<mediawiki><siteinfo><dbname>frwiki</dbname></siteinfo><page><title>&x;</title><ns>0</ns><id>1</id>"
                + "<revision><text>Texte.</text></revision></page></mediawiki>");
        assertEquals(doctype + ": not a MediaWiki XML dump (it declares a DTD, which dumps never do; refused, as it could pull in other files)",
                assertThrows(CorpusException.class, () -> WikipediaDump.open(doctype)).getMessage());
        assertTrue(assertThrows(CorpusException.class, () -> WikipediaDump.open(dir.resolve("absent.xml.bz2"))).getMessage().endsWith("no such file"));
    }

    @Test
    void aDumpWithoutArticlesIsAnEmptyCorpus() throws Exception {
        Path file = dir.resolve("empty.xml.bz2");
        try (DumpWriter dump = DumpWriter.multistream(file, "frwiki")) {
            dump.redirect(1, "Paname", "Paris").page(2, 4, "Wikipédia:Accueil", "Bienvenue.");
        }
        String message = assertThrows(CorpusException.class, () -> readAll(WikipediaDump.open(file))).getMessage();
        assertTrue(message.startsWith(file + ": no article in this dump (1 not an article"), message);
    }

    @Test
    void pagesOverTheCapAreSkippedAndAFiveMegabytePageIsRead() throws Exception {
        Path file = dir.resolve("big.xml");
        String big = "Le [[chat]] {{modèle|{{imbriqué}}}} dort<ref>source</ref>.\n\n".repeat(5_000_000 / 56);
        try (DumpWriter dump = DumpWriter.plain(file, "frwiki")) {
            dump.page(1, 0, "Grande page", big).page(2, 0, "Petite", "Un texte.");
        }
        List<Document> documents = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(WikipediaDump.open(file)));
        assertEquals(5_000_000 / 56, documents.get(0).paragraphs().size());
        assertEquals("Le chat dort.", documents.get(0).paragraphs().get(0));
        DocumentReader capped = DumpReader.open(file, "fr", 1_000_000);
        List<Document> small = readAll(capped);
        assertEquals(List.of("Petite"), small.stream().map(Document::title).toList());
        assertEquals(file + ": page 1 \"Grande page\"", capped.skipped().firstAt(SkipReason.PAGE_TOO_LONG));
    }
}
