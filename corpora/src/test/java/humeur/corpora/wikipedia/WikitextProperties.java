package humeur.corpora.wikipedia;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any mix of markup fragments, balanced or not, cleans without failing into tidy paragraphs. */
class WikitextProperties {
    private static final List<String> FRAGMENTS = List.of("{{", "}}", "[[", "]]", "{|", "|}", "|", "\n", "\n\n", "=", "==",
            "'''", "''", "<ref>", "</ref>", "<ref name=a/>", "<!--", "-->", "<gallery>", "</gallery>", "[http://x.org ", "]",
            "Fichier:", "Catégorie:", "en:", "&nbsp;", "&amp;", "&#233;", "&", ";", "*", "#", ":", " ", "mot", "Paris", "é",
            "__NOTOC__", "{{lang|en|", "{{date|1|mai|", "{{'}}", "<span>", "</span>", "<br/>", "<", ">", "----", "{{Homonymie}}");

    @Provide
    Arbitrary<String> wikitext() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void cleansIntoTidyParagraphs(@ForAll("wikitext") String wikitext) {
        for (String paragraph : Wikitext.clean(wikitext).paragraphs()) {
            assertFalse(paragraph.isEmpty() || paragraph.indexOf(Wikitext.DROPPED) >= 0 || paragraph.indexOf('\n') >= 0, paragraph);
            assertTrue(paragraph.equals(paragraph.strip()) && !paragraph.contains("  "), paragraph);
            assertTrue(paragraph.codePoints().anyMatch(Character::isLetter), paragraph);
        }
    }
}
