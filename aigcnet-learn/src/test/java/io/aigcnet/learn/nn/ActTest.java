package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ActTest {
    @Test void mishMatchesItsDefinitionAndHasFiniteGradientsForLargeInputs() {
        try (NDManager m = Torch.engine().newBaseManager()) {
            float[] xs = {-3f, 0f, 1f, 200f};
            NDArray x = m.create(xs);
            x.setRequiresGradient(true);
            float[] y;
            try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                NDArray out = Act.MISH.apply(x);
                gc.backward(out.sum());
                y = out.toFloatArray();
            }
            for (int i = 0; i < xs.length; i++) {
                double sp = xs[i] > 30 ? xs[i] : Math.log1p(Math.exp(xs[i]));  // natural-log softplus
                assertThat(y[i]).isCloseTo((float) (xs[i] * Math.tanh(sp)), within(1e-5f));
            }
            // d mish/dx at 0 is tanh(ln 2) = 0.6; at x = 200 it is 1 (and finite, unlike DJL's built-in)
            float[] g = x.getGradient().toFloatArray();
            assertThat(g[1]).isCloseTo(0.6f, within(1e-6f));
            assertThat(g[3]).isCloseTo(1f, within(1e-6f));
        }
    }
}
