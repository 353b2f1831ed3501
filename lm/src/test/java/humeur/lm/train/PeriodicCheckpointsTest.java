package humeur.lm.train;

import ai.djl.ndarray.NDManager;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodicCheckpointsTest {
    @TempDir
    Path dir;

    @Test
    void savesEveryIntervalAndAtTheEndKeepingTheNewest() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 100, 50);
        LanguageModelBatches batches = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(4, 8));
        AtomicLong minutes = new AtomicLong();
        TrainingCallback minutePerStep = new TrainingCallback() {
            @Override
            public void afterStep(LoopState state) {
                minutes.incrementAndGet();
            }
        };
        Path root = dir.resolve("checkpoints");
        try (NDManager m = NDManager.newBaseManager()) {
            TinyModel model = new TinyModel(m, corpus.vocabularySize(), 8, 0, 1);
            PeriodicCheckpoints periodic = new PeriodicCheckpoints(new Checkpoints(root, 2), Duration.ofMinutes(4),
                    () -> Duration.ofMinutes(minutes.get()).toNanos());
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, GroupedAdam.builder().build(model.layerGroups()),
                    LanguageModelLoss.crossEntropyOnly(), 8, 1, List.of(minutePerStep, periodic))) {
                trainer.fit(batches, 1);
            }
        }
        int steps = batches.stepsInEpoch(0);
        int lastPeriodic = steps / 4 * 4;
        List<String> kept;
        try (Stream<Path> list = Files.list(root)) {
            kept = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> expected = lastPeriodic == steps
                ? List.of(String.format("step-%012d", steps - 4), String.format("step-%012d", steps))
                : List.of(String.format("step-%012d", lastPeriodic), String.format("step-%012d", steps));
        assertEquals(expected, kept);
        try (Stream<Path> files = Files.list(root.resolve(kept.get(1)))) {
            assertEquals(List.of("carried-state.bin", "optimizer.bin", "state.json", "weights.params"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String state = Files.readString(root.resolve(kept.get(1)).resolve("state.json"));
        assertEquals(true, state.contains("\"step\" : " + steps) && state.contains("\"epoch\" : 1"), state);
    }
}
