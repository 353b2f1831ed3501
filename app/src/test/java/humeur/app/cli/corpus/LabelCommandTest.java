package humeur.app.cli.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelCommandTest {
    @TempDir
    Path dir;

    private static String review(String id, double rating, String text) {
        return "{\"site\":\"allocine\",\"film_id\":\"1\",\"film_title\":\"F\",\"review_id\":\"" + id + "\",\"author\":"
                + "null,\"rating\":\"" + rating + "\",\"rating_out_of_5\":" + rating + ",\"date\":null,\"text\":\""
                + text + "\",\"url\":null}";
    }

    private Path reviews() throws Exception {
        return Files.writeString(dir.resolve("reviews.jsonl"), String.join("\n",
                review("1", 4.5, "Très beau film, à voir absolument."),
                review("2", 1, "Nul."),
                review("3", 3, "Moyen, sans plus."),
                review("4", 5, "Magnifique."),
                review("4", 5, "Magnifique."),
                "{\"site\":\"allo",
                review("5", 2.5, "Bof, pas convaincu.")) + "\n");
    }

    @Test
    void writesTheCsvAndSummarisesOnStderr() throws Exception {
        Path csv = dir.resolve("labelled.csv");
        Cli.Result r = Cli.run("corpus", "reviews", "label", reviews().toString(), "-o", csv.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals("text,label\n\"Très beau film, à voir absolument.\",1\n\"Nul.\",0\n\"Magnifique.\",1\n",
                Files.readString(csv));
        assertEquals("3 reviews labelled from " + dir.resolve("reviews.jsonl") + " into " + csv + "\n"
                + "  negative (0) 1   33.3%\n"
                + "  positive (1) 2   66.7%\n"
                + "  neutral (above 2 and below 4): 2 reviews dropped (keep them with --neutral keep)\n"
                + "  text length in characters: shortest 4, quartiles 4 / 11 / 34, longest 34\n"
                + "  1 review met again and written once\n"
                + "  skipped 1 line that is not reviews:\n"
                + "    line 6: {\"site\":\"allo (cut short)\n", r.err());
        assertFalse(Files.exists(dir.resolve("labelled.csv.tmp")));
    }

    @Test
    void keepsNeutralReviewsAsClassOneOfThree() throws Exception {
        Cli.Result r = Cli.run("corpus", "reviews", "label", "--neutral", "keep", reviews().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("text,label\n\"Très beau film, à voir absolument.\",2\n\"Nul.\",0\n\"Moyen, sans plus.\",1\n"
                + "\"Magnifique.\",2\n\"Bof, pas convaincu.\",1\n", r.out());
        assertTrue(r.err().contains("  neutral  (1) 2   40.0%\n"), r.err());
        assertFalse(r.err().contains("dropped"));
    }

    @Test
    void thresholdsAreOptions() throws Exception {
        Cli.Result r = Cli.run("corpus", "reviews", "label", "--negative-max", "2.5", "--positive-min", "3",
                reviews().toString());
        assertEquals("text,label\n\"Très beau film, à voir absolument.\",1\n\"Nul.\",0\n\"Moyen, sans plus.\",1\n"
                + "\"Magnifique.\",1\n\"Bof, pas convaincu.\",0\n", r.out());

        Cli.Result wrong = Cli.run("corpus", "reviews", "label", "--negative-max", "4", "--positive-min", "3",
                reviews().toString());
        assertEquals(2, wrong.exitCode());
        assertEquals("humeur: --negative-max must be below --positive-min, both between 0 and 5 (got 4.0 and 3.0) "
                + "(see: humeur corpus reviews label --help)\n", wrong.err());

        Cli.Result neutral = Cli.run("corpus", "reviews", "label", "--neutral", "maybe", reviews().toString());
        assertEquals(2, neutral.exitCode());
    }

    @Test
    void unusableFilesAreOneLineAndExitOne() throws Exception {
        Path missing = dir.resolve("nope.jsonl");
        Cli.Result r = Cli.run("corpus", "reviews", "label", missing.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + missing + ": no such file\n", r.err());

        Path nowhere = dir.resolve("no/such/folder/labelled.csv");
        Cli.Result out = Cli.run("corpus", "reviews", "label", reviews().toString(), "-o", nowhere.toString());
        assertEquals(1, out.exitCode());
        assertEquals("humeur: " + nowhere + ": cannot be written (no such folder)\n", out.err());
    }

    @Test
    void helpSaysWhatBecomesOfEachRating() {
        Cli.Result r = Cli.run("corpus", "reviews", "label", "--help");
        assertEquals(0, r.exitCode());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("everything in between is neutral: with the defaults, 2.5, 3 and 3.5"), help);
        assertTrue(help.contains("with --neutral keep, 0 negative, 1 neutral and 2 positive"), help);
    }
}
