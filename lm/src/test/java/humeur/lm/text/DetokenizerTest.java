package humeur.lm.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetokenizerTest {

    @Test
    void capitalisesGluesElisionsAndDropsTheStartToken() {
        assertEquals("J'AI TROP hâte, l'amour c'est beau !",
                Detokenizer.detokenize(FrenchTokenizer.tokenize("J'AI TROP hâte, l'amour c'est beau !")));
    }

    @Test
    void aMarkerAppliesToTheNextWordOnly() {
        assertEquals("Bonjour Paris et LYON.", Detokenizer.detokenize(
                List.of("xxbos", "xxmaj", "bonjour", "xxmaj", "paris", "et", "xxup", "lyon", ".")));
    }
}
