package humeur.lm.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import humeur.lm.text.SpecialTokens;
import humeur.lm.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageModelSaveTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void saveThenLoadGivesIdenticalOutputs(Architecture architecture) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()).withDropMult(0.3f));
            NDArray ids = TinyModels.ids(manager, 2, 6, 30, 4);
            NDArray before = TinyModels.forward(model, manager, ids, false).head();
            model.save(dir);
            LanguageModel loaded = LanguageModel.load(dir, manager);
            assertEquals(model.config(), loaded.config());
            NDArray after = TinyModels.forward(loaded, manager, ids, false).head();
            assertArrayEquals(before.toFloatArray(), after.toFloatArray(), 0f);
        }
    }

    @Test
    void weightsThatDoNotMatchTheConfigurationAreAClearError() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            TinyModels.model(manager, TinyModels.config(Architecture.AWD_LSTM, 30, Dropouts.none())).save(dir);
            Files.writeString(dir.resolve(LanguageModel.CONFIG_FILE),
                    TinyModels.config(Architecture.QRNN, 30, Dropouts.none()).toJson());
            IOException error = assertThrows(IOException.class, () -> LanguageModel.load(dir, manager));
            assertTrue(error.getMessage().contains(LanguageModel.PARAMETERS_FILE), error.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void vocabularyTransferKeepsKnownRowsAndStartsNewTokensFromTheMean(Architecture architecture) {
        Vocabulary old = vocabulary("chat", "chien", "maison", "pain");
        Vocabulary target = vocabulary("pain", "lune", "chat", "vélo", "soleil");
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel source = TinyModels.model(manager, TinyModels.config(architecture, old.size(),
                    Dropouts.none()));
            // a bias with distinct values, so a wrong row or a wrong mean shows
            Parameter sourceBias = source.layerGroups().get(3).get(1);
            float[] bias = new float[old.size()];
            for (int i = 0; i < bias.length; i++) {
                bias[i] = i * 0.5f;
            }
            sourceBias.getArray().set(bias);
            LanguageModel moved = LanguageModel.transferVocabulary(source, old, target, manager);
            assertEquals(target.size(), moved.config().vocabularySize());

            NDArray oldEmbedding = source.encoder().embedding().weight().getArray();
            NDArray newEmbedding = moved.encoder().embedding().weight().getArray();
            NDArray newBias = moved.layerGroups().get(3).get(1).getArray();
            NDArray meanRow = oldEmbedding.mean(new int[] {0});
            float meanBias = sourceBias.getArray().mean().getFloat();
            for (int id = 0; id < target.size(); id++) {
                String token = target.token(id);
                if (old.contains(token)) {
                    assertArrayEquals(oldEmbedding.get(old.id(token)).toFloatArray(),
                            newEmbedding.get(id).toFloatArray(), 0f, token);
                    assertEquals(bias[old.id(token)], newBias.getFloat(id), token);
                } else {
                    assertArrayEquals(meanRow.toFloatArray(), newEmbedding.get(id).toFloatArray(), 1e-6f, token);
                    assertEquals(meanBias, newBias.getFloat(id), 1e-6f, token);
                }
            }
            // the recurrent layers come across unchanged
            List<Parameter> from = source.layerGroups().get(0);
            List<Parameter> to = moved.layerGroups().get(0);
            for (int i = 0; i < from.size(); i++) {
                assertArrayEquals(from.get(i).getArray().toFloatArray(), to.get(i).getArray().toFloatArray(), 0f);
            }
        }
    }

    private static Vocabulary vocabulary(String... words) {
        List<String> tokens = new ArrayList<>(SpecialTokens.ALL);
        tokens.addAll(List.of(words));
        return Vocabulary.of(tokens);
    }
}
