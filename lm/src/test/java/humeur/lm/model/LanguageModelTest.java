package humeur.lm.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageModelTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void forwardReturnsLogitsAndTheLastLayersRawAndDroppedOutputs(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()));
            NDList out = TinyModels.forward(model, manager, TinyModels.ids(manager, 3, 6, 30, 1), true);
            assertEquals(3, out.size());
            assertEquals(new Shape(3, 6, 30), out.get(0).getShape());
            assertEquals(new Shape(3, 6, 8), out.get(1).getShape());
            assertEquals(new Shape(3, 6, 8), out.get(2).getShape());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void splittingAStreamIntoChunksChangesNothingBecauseTheStateIsCarried(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()));
            NDArray ids = TinyModels.ids(manager, 2, 9, 30, 2);
            NDArray whole = TinyModels.forward(model, manager, ids, false).head();
            model.resetState();
            NDArray first = TinyModels.forward(model, manager, ids.get(":, :4"), false).head();
            NDArray second = TinyModels.forward(model, manager, ids.get(":, 4:"), false).head();
            NDArray chunked = first.concat(second, 1);
            assertTrue(TinyModels.maxAbsDifference(whole, chunked) < 1e-5f);
            model.resetState();
            NDArray again = TinyModels.forward(model, manager, ids, false).head();
            assertTrue(TinyModels.maxAbsDifference(whole, again) < 1e-6f, "resetState starts from zeros");
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aBatchOfAnotherSizeKeepsItsOwnStateAndLeavesTheStreamsAlone(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()));
            NDArray ids = TinyModels.ids(manager, 2, 8, 30, 6);
            NDArray whole = TinyModels.forward(model, manager, ids, false).head();
            model.resetState();
            TinyModels.forward(model, manager, ids.get(":, :4"), false);
            TinyModels.forward(model, manager, TinyModels.ids(manager, 3, 4, 30, 7), false); // e.g. validation
            NDArray second = TinyModels.forward(model, manager, ids.get(":, 4:"), false).head();
            assertTrue(TinyModels.maxAbsDifference(whole.get(":, 4:, :"), second) < 1e-5f);
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theCarriedStateIsDetachedSoConsecutiveBackwardPassesWork(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()));
            for (int batch = 0; batch < 3; batch++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDList out = TinyModels.forward(model, manager, TinyModels.ids(manager, 2, 5, 30, batch), true);
                    collector.backward(out.head().square().mean());
                }
                List<NDList> state = model.encoder().carriedState(2);
                assertNotNull(state);
                for (NDList layer : state) {
                    for (NDArray array : layer) {
                        assertFalse(array.hasGradient(), "the carried state has no gradient history");
                    }
                }
            }
            assertTrue(model.encoder().embedding().weight().getArray().getGradient().abs().sum().getFloat() > 0);
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void layerGroupsFollowUlmfitOrderAndCoverEveryParameterOnce(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30, Dropouts.none()));
            List<List<Parameter>> groups = model.layerGroups();
            assertEquals(4, groups.size());
            for (int i = 0; i < 3; i++) {
                assertEquals(model.encoder().layers().get(i).getParameters().values(), groups.get(i));
            }
            assertSame(model.encoder().embedding().weight(), groups.get(3).get(0));
            Set<Parameter> grouped = new HashSet<>();
            groups.forEach(grouped::addAll);
            assertEquals(new HashSet<>(model.getParameters().values()), grouped);
            assertEquals(model.getParameters().size(), groups.stream().mapToInt(List::size).sum());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void anUntiedDecoderHasItsOwnWeightInTheTopGroup(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LmConfig untied = new LmConfig(architecture, 30, 8, 12, 2, Dropouts.awdLstmLanguageModel(), 1f, 1, false);
            LanguageModel model = TinyModels.model(manager, untied);
            NDList out = TinyModels.forward(model, manager, TinyModels.ids(manager, 2, 4, 30, 5), true);
            assertEquals(new Shape(2, 4, 30), out.head().getShape());
            List<Parameter> top = model.layerGroups().get(2);
            assertEquals(3, top.size());
            assertEquals(new Shape(30, 8), top.get(1).getShape());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void evaluationIsDeterministicAndTheDecoderBiasStartsAtZero(Architecture architecture) {
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel model = TinyModels.model(manager, TinyModels.config(architecture, 30,
                    Dropouts.awdLstmLanguageModel()));
            NDArray ids = TinyModels.ids(manager, 2, 5, 30, 3);
            NDArray a = TinyModels.forward(model, manager, ids, false).head();
            model.resetState();
            NDArray b = TinyModels.forward(model, manager, ids, false).head();
            assertEquals(0f, TinyModels.maxAbsDifference(a, b));
            List<Parameter> top = model.layerGroups().get(3);
            assertEquals(0f, top.get(top.size() - 1).getArray().abs().sum().getFloat());
        }
    }
}
