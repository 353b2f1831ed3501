package humeur.ingest.reviews;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldRuleTest {
    private static final Element CARD = Jsoup.parse("""
            <div class="card" id="review_42" data-rating="8">
              <a class="author" title="Léa M." href="/membre/1">  Léa  </a>
              <span class="note">  </span>
              <p class="txt">Premier paragraphe.<br>Deuxième <b>paragraphe</b>.</p><p class="txt">Troisième.</p>
            </div>""").selectFirst("div.card");

    @Test
    void readsTextAttributesAndTheElementItself() {
        assertEquals("Léa", FieldRule.parse("k", ".author", null).read(CARD));
        assertEquals("Léa M.", FieldRule.parse("k", "a.author @title", null).read(CARD));
        assertEquals("8", FieldRule.parse("k", "@data-rating", null).read(CARD));
        assertEquals("42", FieldRule.parse("k", "@id", "review_([0-9]+)").read(CARD));
    }

    @Test
    void blankOrAbsentIsNull() {
        assertNull(FieldRule.parse("k", ".note", null).read(CARD));
        assertNull(FieldRule.parse("k", ".nothing", null).read(CARD));
        assertNull(FieldRule.parse("k", "@id", "critique_([0-9]+)").read(CARD));
    }

    @Test
    void reviewTextKeepsItsLineBreaks() {
        Element text = Jsoup.parse("<div class=\"content-txt\">\n  Premier paragraphe.<br>\n  "
                + "Deuxième   <b>paragraphe</b>.<p>Troisième.</p>\n\n <p> </p></div>").selectFirst("div");
        assertEquals("Premier paragraphe.\nDeuxième paragraphe.\nTroisième.", ReviewText.of(text));
    }

    @Test
    void refusesRulesThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> FieldRule.parse("k", "", null));
        assertThrows(IllegalArgumentException.class, () -> FieldRule.parse("k", "a @", null));
        assertThrows(IllegalArgumentException.class, () -> FieldRule.parse("k", "a[", null));
        assertThrows(IllegalArgumentException.class, () -> FieldRule.parse("k", "@id", "review_("));
    }
}
