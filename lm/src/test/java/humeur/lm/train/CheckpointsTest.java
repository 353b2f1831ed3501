package humeur.lm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import humeur.lm.data.StreamPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointsTest {
    @TempDir
    Path dir;

    /** The tiny model with a carried state, as a recurrent model has one. */
    private static final class Stateful implements TrainableModel {
        final TinyModel inner;
        NDList state;

        Stateful(TinyModel inner, NDList state) {
            this.inner = inner;
            this.state = state;
        }

        @Override
        public Block block() {
            return inner.block();
        }

        @Override
        public List<List<Parameter>> layerGroups() {
            return inner.layerGroups();
        }

        @Override
        public void resetState() {
            state = new NDList();
        }

        @Override
        public NDList carriedState() {
            return state;
        }

        @Override
        public void carryState(NDList carried) {
            state = carried;
        }
    }

    @Test
    void theCarriedStateAndThePositionsComeBack() throws IOException {
        Checkpoints checkpoints = new Checkpoints(dir, 1);
        assertTrue(checkpoints.latest().isEmpty());
        Path saved;
        NDArray c;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray h = m.create(new float[]{1.5f, -2, 3});
            c = m.create(new float[][]{{4, 5}, {6, 7}});
            Stateful model = new Stateful(new TinyModel(m, 10, 4, 0, 1), new NDList(h, c));
            GroupedAdam adam = GroupedAdam.builder().build(model.layerGroups());
            saved = checkpoints.save(new LoopState(model, null, adam, 100, 42, new StreamPosition(3, 7, 70)));
        }
        try (NDManager m = NDManager.newBaseManager()) {
            Stateful fresh = new Stateful(new TinyModel(m, 10, 4, 0, 2), new NDList());
            GroupedAdam adam = GroupedAdam.builder().build(fresh.layerGroups());
            Checkpoints.Position position = Checkpoints.loadTrainingState(saved, fresh, adam, m);
            assertEquals(new Checkpoints.Position(42, new StreamPosition(3, 7, 70)), position);
            assertEquals(2, fresh.state.size());
            assertArrayEquals(new float[]{1.5f, -2, 3}, fresh.state.get(0).toFloatArray());
            assertArrayEquals(new float[]{4, 5, 6, 7}, fresh.state.get(1).toFloatArray());
            assertEquals(c.getShape(), fresh.state.get(1).getShape());
        }
    }
}
