package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ParametersTest {
    @Test void zeroGradClearsNonFiniteGradients() {
        // x·0 keeps NaN and turns ±∞ into NaN, so a multiply-by-zero reset would carry a NaN gradient
        // (or NaN left in a reused native buffer) into every later step.
        try (NDManager m = Torch.engine().newBaseManager()) {
            NDArray w = m.create(new float[]{1f, 2f, 3f});
            w.setRequiresGradient(true);
            try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                gc.backward(w.mul(m.create(new float[]{Float.NaN, Float.POSITIVE_INFINITY, 1f})).sum());
            }
            assertThat(w.getGradient().toFloatArray()[0]).isNaN();
            Parameters.zeroGrad(List.of(w));
            assertThat(w.getGradient().toFloatArray()).containsExactly(0f, 0f, 0f);
            try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                gc.backward(Nd.mul(w, 2).sum());
            }
            assertThat(w.getGradient().toFloatArray()).containsExactly(2f, 2f, 2f);
        }
    }
}
