package humeur.classifier.train;

import ai.djl.ndarray.NDManager;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.SentimentData;
import humeur.classifier.TinyClassifiers;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import humeur.lm.train.Checkpoints;
import humeur.lm.train.LoopState;
import humeur.lm.train.PeriodicCheckpoints;
import humeur.lm.train.TrainingCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run stopped mid-epoch and resumed from its checkpoint ends with exactly the weights of an uninterrupted run. */
class ResumeTest {
    @TempDir
    Path dir;

    private List<LabelledExample> train;
    private List<LabelledExample> dev;
    private Vocabulary vocabulary;
    private Path vocabularyFile;

    private byte[] run(Path output, Long stopAt, boolean resume, int[] bestEpoch) throws IOException {
        ClassifierTraining.Options options = TinyClassifiers.options(3).withGradualUnfreezing(true)
                .withDiscriminativeFactor(2.6f).withLabelSmoothing(0.1f);
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.QRNN, vocabulary, manager, 1);
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    List.of("negative", "positive"), options, manager);
            Checkpoints checkpoints = ClassifierTraining.checkpoints(output);
            List<TrainingCallback> callbacks = new ArrayList<>();
            if (stopAt != null) {
                callbacks.add(new TrainingCallback() {
                    @Override
                    public void afterStep(LoopState state) {
                        if (state.step() >= stopAt) {
                            state.requestStop("test");
                        }
                    }
                });
            }
            callbacks.add(new PeriodicCheckpoints(checkpoints, Duration.ofHours(1)));
            ClassifierTraining.Result result = ClassifierTraining.train(classifier, TinyClassifiers.tokens(vocabulary, vocabularyFile),
                    train, dev, options, output, callbacks, resume ? checkpoints.latest().orElseThrow() : null,
                    Map.of("name", "resume"), s -> { });
            if (stopAt != null) {
                assertEquals(stopAt, result.end().step());
            }
            bestEpoch[0] = result.bestEpoch();
            return ClassifierFiles.weights(classifier);
        }
    }

    @Test
    void aResumedRunEndsWhereAnUninterruptedOneDoes() throws IOException {
        List<LabelledExample> all = SentimentData.read(SentimentData.ALLOCINE_TRAIN);
        train = all.subList(0, 200);
        dev = all.subList(200, 240);
        vocabularyFile = dir.resolve("vocabulary");
        vocabulary = TinyClassifiers.vocabulary(TinyClassifiers.texts(train), 1500, vocabularyFile);
        int[] best = new int[1];
        byte[] whole = run(dir.resolve("whole"), null, false, best);
        int wholeBest = best[0];
        // 7 batches per epoch: stop in the middle of the second epoch, while the second group is thawed
        run(dir.resolve("split"), 10L, false, best);
        assertTrue(best[0] >= 1);
        byte[] resumed = run(dir.resolve("split"), null, true, best);
        assertArrayEquals(whole, resumed);
        assertEquals(wholeBest, best[0]);
    }
}
