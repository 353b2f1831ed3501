package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import humeur.lm.data.LanguageModelBatches;
import humeur.lm.data.TokenFile;
import humeur.lm.data.TokenFileWriter;
import humeur.lm.text.Detokenizer;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SpecialTokens;
import humeur.lm.text.Tokenization;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;
import humeur.lm.train.GroupedAdam;
import humeur.lm.train.LanguageModelLoss;
import humeur.lm.train.LanguageModelTrainer;
import humeur.lm.train.OneCycleSchedule;
import humeur.lm.train.TrainableLanguageModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tiny AWD-LSTM trained for a second on real French writes text of its vocabulary, the same for the same seed. */
class LanguageModelSamplerTest {
    @TempDir
    Path dir;

    @Test
    void aTrainedModelGeneratesKnownTokensDeterministicallyForASeed() throws IOException {
        FrenchText.Lines text = FrenchText.lines(800);
        TokenCounts counts = new TokenCounts();
        List<List<String>> documents = new ArrayList<>();
        for (String line : text.lines()) {
            documents.add(FrenchTokenizer.tokenize(line));
            counts.addAll(documents.get(documents.size() - 1));
        }
        Vocabulary vocabulary = Vocabulary.build(counts, 300, 2);
        Path file = dir.resolve("train.tok");
        try (TokenFileWriter out = TokenFileWriter.create(file, "sampler.vocab", "sampler", vocabulary.size(), "sampler test")) {
            for (List<String> document : documents) {
                out.append(vocabulary.ids(document));
            }
            out.commit();
        }
        LanguageModelBatches batches = LanguageModelBatches.over(TokenFile.open(file), LanguageModelBatches.Options.of(8, 20));

        try (NDManager manager = NDManager.newBaseManager()) {
            JniUtils.setNumThreads(1); // tiny model: intra-op threads only contend (see the train tests)
            Engine.getInstance().setRandomSeed(3);
            LanguageModel model = new LanguageModel(new LmConfig(Architecture.AWD_LSTM, vocabulary.size(), 32, 64, 2,
                    Dropouts.awdLstmLanguageModel(), 0.1f, Vocabulary.PAD_ID, true));
            model.initialize(manager, DataType.FLOAT32, new Shape(8, 20));
            TrainableLanguageModel trainable = new TrainableLanguageModel(model);
            int epochs = 3;
            long steps = 0;
            for (int e = 0; e < epochs; e++) {
                steps += batches.stepsInEpoch(e);
            }
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(trainable,
                    GroupedAdam.builder().build(trainable.layerGroups()), LanguageModelLoss.crossEntropyOnly(), 20, 1,
                    List.of(new OneCycleSchedule(1e-2, steps)))) {
                trainer.fit(batches, epochs);

                vocabulary.save(dir.resolve("sampler.vocab"));
                Tokenization tokenization = Tokenization.load(dir.resolve("sampler.vocab"));
                LanguageModelSampler sampler = new LanguageModelSampler(model, tokenization, manager);
                List<String> tokens = sampler.sampleTokens("Le logiciel", 40, 0.8, 20, 42);
                String sample = Detokenizer.detokenize(tokens);
                System.out.println("sample from " + text.source() + ": " + sample);
                List<String> prompt = FrenchTokenizer.tokenize("Le logiciel").stream()
                        .map(token -> vocabulary.token(vocabulary.id(token))).toList();
                assertEquals(prompt, tokens.subList(0, prompt.size()));
                assertEquals(prompt.size() + 40, tokens.size());
                for (String token : tokens.subList(prompt.size(), tokens.size())) {
                    assertTrue(vocabulary.contains(token), token);
                    assertTrue(!token.equals(SpecialTokens.UNK) && !token.equals(SpecialTokens.PAD), token);
                }
                assertEquals(sample, sampler.sample("Le logiciel", 40, 0.8, 20, 42), "the same seed, the same text");
                assertNotEquals(sample, sampler.sample("Le logiciel", 40, 0.8, 20, 43));
                List<String> unprompted = sampler.sampleTokens("", 10, 1.0, 0, 7);
                assertEquals(SpecialTokens.BOS, unprompted.get(0));
                assertEquals(11, unprompted.size());
            }
        }
    }
}
