package humeur.classifier.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import humeur.lm.data.ClassifierBatch;
import humeur.lm.data.SortishBatches;
import humeur.lm.model.Architecture;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LmConfig;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** BPT3C reading and masked pooling, checked against reading each document alone in one piece. */
class SentimentClassifierTest {
    private static final int VOCABULARY = 50;

    private static SentimentClassifier classifier(Architecture architecture, int bptt, int maxLength, NDManager manager) {
        JniUtils.setNumThreads(1);
        LmConfig lm = new LmConfig(architecture, VOCABULARY, 8, 12, 2, Dropouts.none(), 0, Vocabulary.PAD_ID, true);
        Engine.getInstance().setRandomSeed(3);
        return SentimentClassifier.create(new ClassifierConfig(lm, List.of("negative", "positive"), bptt, maxLength, 6,
                ClassifierConfig.WORDS, false), manager);
    }

    private static List<int[]> documents(int... lengths) {
        SplittableRandom random = new SplittableRandom(11);
        List<int[]> docs = new ArrayList<>();
        for (int length : lengths) {
            int[] ids = new int[length];
            ids[0] = 2;
            for (int i = 1; i < length; i++) {
                ids[i] = 9 + random.nextInt(VOCABULARY - 9);
            }
            docs.add(ids);
        }
        return docs;
    }

    private static float[][] features(SentimentClassifier classifier, NDManager manager, List<int[]> docs, int batchSize) {
        int bptt = classifier.config().bptt();
        SortishBatches batches = SortishBatches.of(docs, null, new SortishBatches.Options(batchSize, bptt, Integer.MAX_VALUE,
                Vocabulary.PAD_ID, 0));
        float[][] out = new float[docs.size()][];
        ParameterStore store = new ParameterStore(manager, false);
        for (ClassifierBatch batch : batches.inOrderOfLength()) {
            NDArray f = classifier.pooledFeatures(store, manager.create(batch.tokens()), batch.lengths(), batch.starts(), false);
            float[][] rows = ClassifierRunner.rows(f.toFloatArray(), batch.size(), (int) f.getShape().get(1));
            for (int r = 0; r < rows.length; r++) {
                out[batch.indices()[r]] = rows[r];
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void chunkedReadingInBatchesEqualsReadingEachDocumentAloneInOnePiece(Architecture architecture) {
        List<int[]> docs = documents(40, 3, 17, 1, 29, 40, 8);
        try (NDManager manager = NDManager.newBaseManager()) {
            SentimentClassifier chunked = classifier(architecture, 7, 1000, manager);
            float[][] batched = features(chunked, manager, docs, 4);
            for (int d = 0; d < docs.size(); d++) {
                float[] alone = features(chunked, manager, List.of(docs.get(d)), 1)[0];
                assertArrayEquals(alone, batched[d], 1e-5f, "document " + d + " padded in a batch");
            }
            // one chunk per document: no state carried at all
            SentimentClassifier whole = classifier(architecture, 1000, 1000, manager);
            whole.encoder().getParameters().forEach(p -> p.getValue().getArray().set(
                    chunked.encoder().getParameters().get(p.getKey()).getArray().toFloatArray()));
            float[][] onePiece = features(whole, manager, docs, 4);
            for (int d = 0; d < docs.size(); d++) {
                assertArrayEquals(onePiece[d], batched[d], 1e-5f, "document " + d + " read in chunks");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void poolingSeesOnlyTheLastMaxLengthTokens(Architecture architecture) {
        List<int[]> docs = documents(30);
        try (NDManager manager = NDManager.newBaseManager()) {
            SentimentClassifier c = classifier(architecture, 7, 10, manager);
            float[] f = features(c, manager, docs, 1)[0];
            assertEquals(24, f.length);
            // the last state is the same whatever is pooled, and max ≥ mean feature by feature
            SentimentClassifier all = classifier(architecture, 7, 1000, manager);
            float[] g = features(all, manager, docs, 1)[0];
            for (int i = 0; i < 8; i++) {
                assertEquals(g[i], f[i], 1e-5f);
                assertEquals(true, f[8 + i] >= f[16 + i] - 1e-6f);
            }
        }
    }
}
