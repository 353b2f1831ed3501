package humeur.lm.text;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static humeur.lm.text.TokenStreamAssert.assertTokens;

class FrenchChatAnalyzerTest {
    private static final Analyzer ANALYZER = new FrenchChatAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static void assertAnalyzes(String text, String expected) {
        assertTokens(ANALYZER.tokenStream("", text), expected.split(" "));
    }

    @Test
    void shoutingEmojiAndEmoticons() {
        assertAnalyzes("J'AI TROP HÂTE !!! 😍😍😍 c'est trooooop bien l'été :)",
                "xxbos xxmaj j' xxup ai xxup trop xxup hâte xxrep 3 ! xxwrep 3 😍 c' est tr xxrep 5 o p bien l' été :)");
    }

    @Test
    void typographicApostropheMentionAndUrl() {
        assertAnalyzes("Qu’est-ce que t'en penses @marie ? https://example.fr/x",
                "xxbos xxmaj qu' est-ce que t' en penses @user ? xxurl");
    }

    @Test
    void numbersAndUnits() {
        assertAnalyzes("12,5 € à 3h, rdv 20h30 le 14/07/2024", "xxbos 12,5 € à 3h , rdv 20h30 le 14 / 07 / 2024");
    }

    @Test
    void repeatedWordsKeepTheirCaseMark() {
        assertAnalyzes("NON NON NON !! Non non non", "xxbos xxwrep 3 xxup non !! xxmaj non non non");
        assertAnalyzes("NOOOON Ouiiii", "xxbos xxup n xxrep 4 o n xxmaj ou xxrep 4 i");
    }

    @Test
    void emojiSequencesAndFaces() {
        assertAnalyzes("Bravo 👍🏽👨‍👩‍👧 <3 :-( xD ^^ ?! ... …", "xxbos xxmaj bravo 👍🏽 👨‍👩‍👧 <3 :-( xd ^^ ?! ... ...");
    }

    @Test
    void textFromAppleDevicesAndStyledFonts() {
        assertAnalyzes("L\u2019e\u0301te\u0301 \uD835\uDC01\uD835\uDC28\uD835\uDC27", "xxbos xxmaj l' été xxmaj bon");
    }

    @Test
    void emptyAndBlankTextsAreJustXxbos() {
        assertAnalyzes("", "xxbos");
        assertAnalyzes(" \n\u00A0", "xxbos");
    }

    @Test
    void emailsAndPrivateAddresses() {
        assertAnalyzes("Écris-moi à Marie.Dupont@gmail.com ou sur WWW.MonSite.fr !",
                "xxbos xxmaj écris-moi à xxemail ou sur xxurl !");
    }
}
