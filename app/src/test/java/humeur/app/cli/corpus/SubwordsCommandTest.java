package humeur.app.cli.corpus;

import humeur.lm.data.TokenFile;
import humeur.lm.text.SubwordModelTrainer;
import humeur.lm.text.SubwordTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SubwordsCommandTest {
    private static final Path CHAT = Path.of("..", "lm", "src", "test", "resources", "humeur", "lm", "text", "chat-fr.txt");

    @TempDir
    Path dir;

    @Test
    void trainsAModelThatTokenizeUses() throws Exception {
        assumeTrue(SubwordModelTrainer.findSpmTrain().isPresent(),
                "spm_train is not installed (lm/scripts/install-sentencepiece.sh): skipping the subword command test");
        Path prefix = dir.resolve("chat");
        Cli.Result trained = Cli.run("corpus", "subwords", "--pieces", "400", "-o", prefix.toString(), CHAT.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        Path model = Path.of(prefix + ".model");
        assertTrue(Files.isRegularFile(model));

        Path out = dir.resolve("chat.tok");
        Cli.Result tokenized = Cli.run("corpus", "tokenize", "--subwords", model.toString(), "-o", out.toString(), CHAT.toString());
        assertEquals(0, tokenized.exitCode(), tokenized.err());
        assertTrue(tokenized.out().contains("0.00 % unknown"), tokenized.out());
        String first = Files.readAllLines(CHAT).stream().filter(l -> !l.isBlank()).findFirst().orElseThrow();
        try (SubwordTokenizer subwords = SubwordTokenizer.load(model)) {
            assertEquals(java.util.Arrays.toString(subwords.encode(first)), java.util.Arrays.toString(TokenFile.open(out).document(0)));
        }
    }

    @Test
    void aMissingProgramIsOneLine() {
        Cli.Result r = Cli.run("corpus", "subwords", "--spm-train", dir.resolve("no-spm").toString(), "-o",
                dir.resolve("x").toString(), CHAT.toString());
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
