package humeur.corpora.wikipedia;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Huge and adversarial pages take time in proportion to their size: no backtracking, no deep recursion. */
class WikitextLimitsTest {
    private static final Duration QUICK = Duration.ofSeconds(5);

    private static List<String> clean(String wikitext) {
        return assertTimeoutPreemptively(QUICK, () -> Wikitext.clean(wikitext).paragraphs());
    }

    @Test
    void aFiveMegabytePage() {
        String section = "== Partie ==\n'''Paris''' est la [[capitale]] de la [[France|France]]<ref>{{Lien web|url=http://x|titre=T}}</ref>. "
                + "{{Infobox|a={{b|c={{d}}}}|e=[[Fichier:x.jpg|[[y]]]]}}Elle compte {{unité|2100000|habitants}}.\n"
                + "{|\n| cellule || {{modèle}}\n|}\n* Un élément de liste.\n\n";
        String page = section.repeat(5_000_000 / section.length());
        List<String> paragraphs = clean(page);
        assertEquals(2 * (5_000_000 / section.length()), paragraphs.size());
        assertEquals("Paris est la capitale de la France. Elle compte 2100000 habitants.", paragraphs.get(0));
    }

    @Test
    void aMillionUnclosedOpeners() {
        assertEquals(List.of("fin"), clean("{{".repeat(1_000_000) + "fin"));
        assertEquals(List.of("fin"), clean("[[".repeat(1_000_000) + "fin"));
        assertEquals(List.of("x fin"), clean("<ref>".repeat(300_000) + "x fin"));
        assertEquals(1, clean("[http://x.org ".repeat(300_000) + "fin").size());
        assertTrue(clean("<!--".repeat(300_000) + "fin").isEmpty());
        assertEquals(List.of("fin"), clean("}}]]".repeat(500_000) + "fin"));
    }

    @Test
    void aMillionNestedLevels() {
        assertEquals(List.of("avant après"), clean("avant {{" + "{{a|".repeat(500_000) + "x" + "}}".repeat(500_001) + " après"));
        assertEquals(List.of("lien"), clean("[[".repeat(500_000) + "lien" + "]]".repeat(500_000)));
        assertEquals(List.of("début fin"), clean("début {{lang|fr|" + "{{lang|fr|".repeat(200_000) + "x" + "}}".repeat(200_001) + " fin"));
    }

    @Test
    void deepTablesAndLongLines() {
        assertEquals(List.of("après"), clean("{|\n".repeat(200_000) + "| x\n" + "|}\n".repeat(200_000) + "après"));
        assertEquals(1, clean("mot ".repeat(1_500_000)).size());
    }
}
