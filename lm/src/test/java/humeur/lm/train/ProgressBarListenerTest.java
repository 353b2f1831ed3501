package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarListenerTest {
    @TempDir
    Path dir;

    @Test
    void showsStepsLossAndTokensPerSecond() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 100, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NDManager m = NDManager.newBaseManager(); PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, GroupedAdam.builder().build(model.layerGroups()),
                    LanguageModelLoss.crossEntropyOnly(), 8, 1, List.of(new ProgressBarListener(out)))) {
                trainer.fit(batches, 1);
            }
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        int steps = batches.stepsInEpoch(0);
        assertTrue(shown.contains(steps + "/" + steps), shown);
        assertTrue(shown.matches("(?s).*loss \\d+\\.\\d{3}, [\\d,]+ tokens/s.*"), shown);
    }

    @Test
    void staysQuietWithoutATerminal() {
        // surefire's forked JVM has no console: the default constructor must draw nothing
        assertTrue(System.console() == null);
        new ProgressBarListener().onTrainingEnd(null);
    }
}
