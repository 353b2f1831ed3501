package humeur.lm.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ActivationRegularizationTest {

    @Test
    void addsTwiceTheMeanSquaredDroppedOutputAndTheMeanSquaredStepOfTheRawOutput() {
        try (NDManager m = NDManager.newBaseManager()) {
            // one row, three steps, one feature: raw 1, 3, 6 → steps 2, 3 → mean square 6.5
            NDList out = new NDList(m.zeros(new Shape(1, 3, 5)),
                    m.create(new float[]{1, 3, 6}, new Shape(1, 3, 1)),
                    m.create(new float[]{1, 2, 2}, new Shape(1, 3, 1))); // mean square 3
            assertEquals(2 * 3 + 6.5, ActivationRegularization.ulmfit().evaluate(out).getFloat(), 1e-6);
        }
    }

    @Test
    void saysWhatItNeedsWhenTheModelReturnsOnlyLogits() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList logits = new NDList(m.zeros(new Shape(1, 3, 5)));
            assertThrows(IllegalArgumentException.class, () -> ActivationRegularization.ulmfit().evaluate(logits));
        }
    }
}
