package humeur.lm.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.XavierInitializer;
import humeur.lm.data.LanguageModelBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** AR/TAR plugged into the loop with a model that returns (logits, raw output, dropped output), as AWD-LSTM does. */
class ActivationRegularizationTrainingTest {
    @TempDir
    Path dir;

    @Test
    void trainsWithActivationRegularisationAndValidatesOnCrossEntropyAlone() throws IOException {
        TinyCorpus corpus = TinyCorpus.write(dir, 400, 100);
        corpus.assumeShared();
        int v = corpus.vocabularySize();
        LanguageModelBatches train = LanguageModelBatches.over(corpus.train(), LanguageModelBatches.Options.of(6, 10));
        LanguageModelBatches valid = LanguageModelBatches.over(corpus.validation(), LanguageModelBatches.Options.of(2, 10));
        try (NDManager m = NDManager.newBaseManager()) {
            new TinyModel(m, v, 16, 0, 1); // only for its one-thread setting
            Linear embedding = Linear.builder().setUnits(16).build();
            Linear decoder = Linear.builder().setUnits(v).build();
            SequentialBlock block = new SequentialBlock()
                    .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().toType(DataType.INT64, false).oneHot(v))))
                    .add(embedding)
                    .add(Activation.tanhBlock())
                    .add(new ParallelBlock(outs -> new NDList(outs.get(0).get(0), outs.get(1).get(0), outs.get(2).get(0)),
                            List.of(decoder, new LambdaBlock(x -> x), new LambdaBlock(x -> x))));
            block.setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
            Engine.getInstance().setRandomSeed(1);
            block.initialize(m, DataType.FLOAT32, new Shape(2, 3));
            TrainableModel model = new TrainableModel() {
                @Override
                public Block block() {
                    return block;
                }

                @Override
                public List<List<Parameter>> layerGroups() {
                    return List.of(List.copyOf(embedding.getParameters().values()), List.copyOf(decoder.getParameters().values()));
                }

                @Override
                public void resetState() {
                }
            };
            List<Float> losses = new ArrayList<>();
            List<Double> regularisation = new ArrayList<>();
            TrainingCallback record = new TrainingCallback() {
                @Override
                public void afterStep(LoopState state) {
                    losses.add(state.loss());
                }
            };
            LossTerm arTar = ActivationRegularization.ulmfit();
            LossTerm watched = out -> {
                var term = arTar.evaluate(out);
                regularisation.add((double) term.getFloat());
                return term;
            };
            ValidationResult before = Validation.evaluate(model, m, valid, corpus.validationCharacters());
            try (LanguageModelTrainer trainer = LanguageModelTrainer.start(model, GroupedAdam.builder().learningRate(1e-2f)
                    .build(model.layerGroups()), new LanguageModelLoss(List.of(watched)), 10, 1, List.of(record))) {
                trainer.fit(train, 2);
            }
            ValidationResult after = Validation.evaluate(model, m, valid, corpus.validationCharacters());
            int n = losses.size();
            assertTrue(regularisation.get(0) > 0, "AR/TAR adds to the training loss");
            double first = losses.subList(0, 10).stream().mapToDouble(Float::doubleValue).average().orElseThrow();
            double last = losses.subList(n - 10, n).stream().mapToDouble(Float::doubleValue).average().orElseThrow();
            assertTrue(last < first - 1, first + " → " + last);
            assertTrue(after.loss() < before.loss() - 1, before + " → " + after);
        }
    }
}
