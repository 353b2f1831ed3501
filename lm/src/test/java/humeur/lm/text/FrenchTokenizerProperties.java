package humeur.lm.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrenchTokenizerProperties {
    @Property(tries = 2000)
    void anyUnicodeGivesNonEmptyLowerCaseTokensWithoutSpaces(@ForAll("anyText") String text) {
        List<String> tokens = FrenchTokenizer.tokenize(text);
        assertEquals(SpecialTokens.BOS, tokens.get(0));
        for (String token : tokens) {
            assertFalse(token.isEmpty(), () -> "empty token in " + tokens);
            assertTrue(token.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)),
                    () -> "space in '" + token + "' from " + text);
            assertEquals(token.toLowerCase(java.util.Locale.ROOT), token, () -> "upper case in " + tokens);
            assertTrue(token.length() <= ChatTokenizer.MAX_TOKEN_LENGTH * 2, () -> "long token from " + text);
        }
    }

    @Property(tries = 1000)
    void chatLikeTextKeepsEveryWordCharacter(@ForAll("chatText") String text) {
        List<String> tokens = FrenchTokenizer.tokenize(text);
        long letters = text.codePoints().filter(Character::isLetter).count();
        long kept = tokens.stream().filter(t -> !SpecialTokens.isSpecial(t) && !t.startsWith("xx") && !t.equals("@user"))
                .mapToLong(t -> t.codePoints().filter(Character::isLetter).count()).sum();
        assertTrue(kept <= letters, () -> tokens + " has more letters than " + text);
        for (int i = 1; i < tokens.size(); i++) {
            boolean afterRepeat = i >= 3 && tokens.get(i - 3).equals(SpecialTokens.REP); // aaal'l → xxrep 3 a l'l
            assertFalse(!afterRepeat && tokens.get(i).matches("(l|j|qu|c|d|n|s|m|t)'\\p{L}.*"),
                    () -> "elision left attached in " + tokens);
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> chatText() {
        Arbitrary<String> pieces = Arbitraries.of("l'", "L’", "qu'", "J'", "AI", "été", "trooop", "NON", "Non", "non", " ", " ",
                "  ", "!!!", "?!", "...", "…", ":)", "<3", "xD", "😍", "👍🏽", "👨‍👩‍👧", "@marie", "https://ex.fr/a", "12,5", "€",
                "-", "'", "’", "a", "É", "\u00A0", "\n", "\u0301", "#", "/");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }
}
