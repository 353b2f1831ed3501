package humeur.lm.text;

import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static humeur.lm.text.TokenStreamAssert.assertTokens;
import static humeur.lm.text.TokenStreamAssert.assertTyped;
import static humeur.lm.text.TokenStreamAssert.terms;
import static humeur.lm.text.TokenStreamAssert.tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatTokenizerTest {
    @Test
    void keepsWhatLuceneTokenizersDrop() {
        String line = "J'ai trop hâte !!! :) <3 @marie 12,5 €";
        UAX29URLEmailTokenizer uax29 = new UAX29URLEmailTokenizer();
        uax29.setReader(new StringReader(line));
        assertEquals(List.of("J'ai", "trop", "hâte", "3", "marie", "12,5"), terms(uax29));
        assertTokens(tokenizer(line), "J'ai", "trop", "hâte", "!!!", ":)", "<3", "@marie", "12,5", "€");
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphens() {
        assertTyped(tokenizer("Qu’est-ce qu'aujourd'hui, peut-être ?"),
                "Qu’est-ce/WORD", "qu'aujourd'hui/WORD", ",/PUNCT", "peut-être/WORD", "?/PUNCT");
        assertTokens(tokenizer("l' 'abord rock'n'roll -moins x-"), "l", "'", "'", "abord", "rock'n'roll", "-", "moins", "x", "-");
    }

    @Test
    void numbersAndUnits() {
        assertTyped(tokenizer("12,5 € à 3h, 1.000.000 de m² 20h30 10:30 2e"),
                "12,5/NUM", "€/SYMBOL", "à/WORD", "3h/WORD", ",/PUNCT", "1.000.000/NUM", "de/WORD", "m²/WORD",
                "20h30/WORD", "10/NUM", ":/PUNCT", "30/NUM", "2e/WORD");
        assertTokens(tokenizer("fin 2024."), "fin", "2024", ".");
    }

    @Test
    void urlsStopBeforeSentencePunctuation() {
        assertTyped(tokenizer("voir https://example.fr/x?a=1, ou (www.site.fr)."),
                "voir/WORD", "https://example.fr/x?a=1/URL", ",/PUNCT", "ou/WORD", "(/PUNCT", "www.site.fr/URL", ")/PUNCT", "./PUNCT");
        assertTokens(tokenizer("https://fr.wikipedia.org/wiki/Paris_(ville)!"), "https://fr.wikipedia.org/wiki/Paris_(ville)", "!");
        assertTokens(tokenizer("HTTP://X.FR😍"), "HTTP://X.FR", "😍");
        assertTokens(tokenizer("https:// rien"), "https", ":/", "/", "rien");
    }

    @Test
    void emailsAndMentions() {
        assertTyped(tokenizer("écris à jean.dupont+chat@mail.example.fr ou @Chloé_B."),
                "écris/WORD", "à/WORD", "jean.dupont+chat@mail.example.fr/EMAIL", "ou/WORD", "@Chloé_B/MENTION", "./PUNCT");
        assertTyped(tokenizer("via@Marie pas@un.mail2 @ x"), "via/WORD", "@Marie/MENTION", "pas/WORD", "@un.mail2/MENTION",
                "@/PUNCT", "x/WORD");
    }

    @Test
    void emojiSequencesAreOneTokenEach() {
        assertTyped(tokenizer("👨‍👩‍👧👍🏽🇫🇷🇧🇪 1️⃣ ❤️ 🏳️‍🌈"),
                "👨‍👩‍👧/EMOJI", "👍🏽/EMOJI", "🇫🇷/EMOJI", "🇧🇪/EMOJI", "1️⃣/EMOJI", "❤️/EMOJI", "🏳️‍🌈/EMOJI");
        assertTokens(tokenizer("😍😍😍super😂"), "😍", "😍", "😍", "super", "😂");
    }

    @Test
    void emoticons() {
        for (String face : List.of(":)", ":-(", "<3", ":D", ";)", "xD", "^^", ":'(", "-_-", "XD", ":p", "o_O", ":/")) {
            assertTyped(tokenizer("ok " + face + " ok"), "ok/WORD", face + "/EMOTICON", "ok/WORD");
        }
        assertTokens(tokenizer("merci:))) xDDD <333"), "merci", ":)))", "xDDD", "<333");
        assertTokens(tokenizer("xDebian :Debian"), "xDebian", ":", "Debian");
    }

    @Test
    void punctuationRuns() {
        assertTyped(tokenizer("Quoi?! Non!!! Bon... Eh… --"),
                "Quoi/WORD", "?!/PUNCT", "Non/WORD", "!!!/PUNCT", "Bon/WORD", ".../PUNCT", "Eh/WORD", "…/PUNCT", "--/PUNCT");
        assertTokens(tokenizer("«Oui», dit-il."), "«", "Oui", "»", ",", "dit-il", ".");
    }

    @Test
    void invisibleCharactersAndFrenchSpacesSeparateOrVanish() {
        assertTokens(tokenizer("Bon\u202F! Quoi\u00A0? in\u00ADcroyable \u200B\uFEFF"), "Bon", "!", "Quoi", "?", "incroyable");
        assertTokens(tokenizer("\uD800 seul \uDC00"), "seul");
        assertTokens(tokenizer("e\u0301te\u0301 \u0301"), "e\u0301te\u0301", "\u0301");
    }

    @Test
    void longTokensAreCutWithoutSplittingSurrogates() {
        List<String> tokens = terms(tokenizer("a".repeat(600)));
        assertEquals(List.of("a".repeat(255), "a".repeat(255), "a".repeat(90)), tokens);
        List<String> cut = terms(tokenizer("a" + "𝐛".repeat(300)));
        assertTrue(cut.stream().allMatch(t -> t.length() <= 255 && !Character.isHighSurrogate(t.charAt(t.length() - 1))));
        assertEquals("a" + "𝐛".repeat(300), String.join("", cut));
    }

    @Test
    void isReusableAcrossTexts() throws Exception {
        ChatTokenizer tokenizer = tokenizer("premier texte " + "x".repeat(100_000));
        assertEquals(2 + 393, terms(tokenizer).size()); // 100,000 x cut into pieces of 255
        tokenizer.setReader(new StringReader("second"));
        assertTokens(tokenizer, "second");
        tokenizer.setReader(new StringReader(""));
        assertTokens(tokenizer);
        assertFalse(terms(tokenizer("   \n\t")).iterator().hasNext());
    }
}
