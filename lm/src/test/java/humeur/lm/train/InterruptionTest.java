package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"}) // Ctrl-C, and kill (a background job ignores SIGINT)
    void aSignalStopsBetweenBatchesAndSavesACheckpoint(String signal) throws IOException, InterruptedException {
        TinyCorpus corpus = TinyCorpus.write(dir, 200, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(2, 8));
        Checkpoints checkpoints = new Checkpoints(dir.resolve("checkpoints"), 1);
        TrainingCallback pressCtrlC = new TrainingCallback() {
            @Override
            public void afterStep(LoopState state) {
                if (state.step() == 3) {
                    Signal.raise(new Signal(signal));
                    try {
                        Thread.sleep(200); // the handler runs on its own thread
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        LoopState stopped;
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, GroupedAdam.builder().build(model.layerGroups()),
                    LanguageModelLoss.crossEntropyOnly(), 8, 1,
                    List.of(pressCtrlC, new Interruption(), new PeriodicCheckpoints(checkpoints, Duration.ofHours(1))))) {
                stopped = trainer.fit(batches, 1);
            }
        }
        assertEquals("interrupted", stopped.stopReason());
        assertTrue(stopped.step() < batches.stepsInEpoch(0));
        assertEquals(String.format("step-%012d", stopped.step()), checkpoints.latest().orElseThrow().getFileName().toString());
    }
}
