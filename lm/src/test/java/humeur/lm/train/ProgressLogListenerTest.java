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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLogListenerTest {
    @TempDir
    Path dir;

    @Test
    void writesALineEveryIntervalAndTheLastStep() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 100, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 8));
        int steps = batches.stepsInEpoch(0);
        // every clock reading is 20 s after the previous one: a line every third step with a one-minute interval
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NDManager m = NDManager.newBaseManager(); PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ProgressLogListener listener = new ProgressLogListener(out, Duration.ofMinutes(1), () -> clock.addAndGet(20_000_000_000L));
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, GroupedAdam.builder().build(model.layerGroups()),
                    LanguageModelLoss.crossEntropyOnly(), 8, 1, List.of(listener))) {
                trainer.fit(batches, 1);
            }
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(steps / 3 + (steps % 3 == 0 ? 0 : 1), lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertTrue(line.matches("training: step [\\d,]+/" + steps + " \\(\\d+\\.\\d %\\), loss \\d+\\.\\d{3}, "
                    + "[\\d,]+ tokens/s, ETA \\d+:\\d\\d:\\d\\d"), line);
        }
        assertTrue(lines.get(0).startsWith("training: step 3/"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).contains(steps + "/" + steps + " (100.0 %)"), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).endsWith("ETA 0:00:00"), lines.get(lines.size() - 1));
    }
}
