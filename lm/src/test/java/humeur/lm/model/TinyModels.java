package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import humeur.lm.text.Vocabulary;

import java.util.Random;

/** Tiny configurations and helpers the model tests share; everything runs in milliseconds on 2 cores. */
final class TinyModels {
    private TinyModels() {
    }

    static LmConfig config(Architecture architecture, int vocabularySize, Dropouts dropouts) {
        return new LmConfig(architecture, vocabularySize, 8, 12, 3, dropouts, 1f, Vocabulary.PAD_ID, true);
    }

    /** A tiny initialised model with fixed seeds, so each test is reproducible. */
    static LanguageModel model(NDManager manager, LmConfig config) {
        Engine.getInstance().setRandomSeed(7);
        LanguageModel model = new LanguageModel(config);
        model.initialize(manager, DataType.FLOAT32, new Shape(2, 5));
        return model;
    }

    /** Random token ids (batch, time) below {@code vocabularySize}, as int32. */
    static NDArray ids(NDManager manager, int batch, int time, int vocabularySize, long seed) {
        Random random = new Random(seed);
        int[] ids = new int[batch * time];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(vocabularySize);
        }
        return manager.create(ids, new Shape(batch, time));
    }

    static NDList forward(LanguageModel model, NDManager manager, NDArray ids, boolean training) {
        return model.forward(new ParameterStore(manager, false), new NDList(ids), training);
    }

    static float maxAbsDifference(NDArray a, NDArray b) {
        return a.sub(b).abs().max().getFloat();
    }
}
