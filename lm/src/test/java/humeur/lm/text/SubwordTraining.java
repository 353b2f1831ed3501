package humeur.lm.text;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** What the subword tests share: {@code spm_train} (or a clear skip) and a page of French chat to train on. */
final class SubwordTraining {
    private SubwordTraining() {
    }

    /** The {@code spm_train} on the PATH; skips the calling test, saying how to install it, when there is none. */
    static Path requireSpmTrain() {
        var found = SubwordModelTrainer.findSpmTrain();
        Assumptions.assumeTrue(found.isPresent(), "skipped: spm_train is not installed (Debian package sentencepiece; "
                + "run lm/scripts/install-sentencepiece.sh)");
        return found.get();
    }

    /** The lines of {@code chat-fr.txt}, a page of everyday French chat written for these tests. */
    static List<String> chat() throws IOException {
        try (InputStream in = SubwordTraining.class.getResourceAsStream("chat-fr.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
