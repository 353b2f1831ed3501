package humeur.lm.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokenizer on real French from {@code ../shared/data}: novels, debates, spoken French, tweets. */
class RealTextTest {
    private static final Pattern ATTACHED_ELISION = Pattern.compile("(l|j|qu|c|d|n|s|m|t)'\\p{L}.*");

    @Test
    void proseFromEveryPretrainingFile() throws IOException {
        for (String name : List.of("eltec-fra-novels.txt.gz", "commonvoice-gutenberg.txt.gz",
                "commonvoice-debats-assemblee-nationale.txt.gz", "debian-fr-docs.txt.gz")) {
            checkLines(SharedData.require("lm/" + name), 3_000);
        }
    }

    @Test
    void spokenAndTweetedFrench() throws IOException {
        checkLines(SharedData.require("informal/ud-parisstories.txt"), 3_000);
        List<String> tweets = SharedData.lines(SharedData.require("sentiment/deft2017/train_text.txt"), 2_000);
        long written = 0;
        long users = 0;
        for (String tweet : tweets) {
            written += tweet.replaceAll("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+", "").split("@\\p{L}", -1).length - 1; // e-mails aside
            List<String> tokens = FrenchTokenizer.tokenize(tweet);
            for (int i = 0; i < tokens.size(); i++) {
                boolean repeated = tokens.get(i).equals(SpecialTokens.WREP) && tokens.get(i + 2).equals("@user");
                users += repeated ? Integer.parseInt(tokens.get(i + 1)) - 1 : tokens.get(i).equals("@user") ? 1 : 0;
                assertFalse(tokens.get(i).startsWith("@") && tokens.get(i).length() > 1 && !tokens.get(i).equals("@user"));
            }
        }
        assertEquals(written, users, "every mention of the tweets is one @user token (xxwrep n @user counting n)");
    }

    @Test
    void aVocabularyFromNovelsCoversUnseenNovelText() throws IOException {
        List<String> lines = SharedData.lines(SharedData.require("lm/eltec-fra-novels.txt.gz"), 22_000);
        TokenCounts counts = new TokenCounts();
        lines.subList(0, 20_000).forEach(line -> FrenchTokenizer.tokenize(line, counts::add));
        Vocabulary vocabulary = Vocabulary.build(counts, 60_000, 3);
        long tokens = 0;
        long unknown = 0;
        for (String line : lines.subList(20_000, lines.size())) {
            for (String token : FrenchTokenizer.tokenize(line)) {
                tokens++;
                unknown += vocabulary.id(token) == Vocabulary.UNK_ID ? 1 : 0;
            }
        }
        double rate = (double) unknown / tokens;
        assertTrue(rate < 0.08, "unknown-token rate " + rate + " on held-out lines of the same novels");
    }

    private static void checkLines(Path file, int max) throws IOException {
        List<String> lines = SharedData.lines(file, max);
        long words = 0;
        long tokens = 0;
        for (String line : lines) {
            List<String> analysed = FrenchTokenizer.tokenize(line);
            assertEquals(SpecialTokens.BOS, analysed.get(0));
            for (String token : analysed) {
                assertFalse(token.isBlank() || token.contains(" "), () -> "blank token in " + analysed);
                assertFalse(ATTACHED_ELISION.matcher(token).matches(), () -> "elision attached: " + token + " in " + line);
                assertFalse(token.length() > 1 && token.contains("’"), () -> "typographic apostrophe left in " + token);
                assertEquals(token.toLowerCase(java.util.Locale.ROOT), token);
            }
            words += line.trim().split("\\s+").length;
            tokens += analysed.size();
        }
        double perWord = (double) tokens / words;
        assertTrue(perWord > 1.0 && perWord < 2.0, file + ": " + perWord + " tokens per word");
    }
}
