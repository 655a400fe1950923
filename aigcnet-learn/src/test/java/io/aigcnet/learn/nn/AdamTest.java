package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdamTest {
    @Test void firstStepMovesEachWeightByLrTimesSignOfGradient() {
        // Adam's first step: m̂ = g, v̂ = g², so Δθ = −lr·g/(|g|+ε) ≈ −lr·sign(g) (Kingma & Ba, §2).
        try (NDManager owner = Torch.engine().newBaseManager()) {
            NDArray w = owner.create(new float[]{1f, -2f, 3f}, new Shape(3));
            w.setRequiresGradient(true);
            Adam opt = Adam.adam(List.of(w), 0.1, 0);
            try (NDManager scope = owner.newSubManager()) {
                opt.zeroGrad();
                try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                    // loss = sum(w²)/2 → g = w = (1, −2, 3)
                    NDArray x = scope.create(new float[]{0f, 0f, 0f}).add(w);
                    gc.backward(x.square().sum().div(2f));
                }
            }
            opt.step();
            assertThat(w.toFloatArray()).containsExactly(new float[]{0.9f, -1.9f, 2.9f}, within(1e-6f));
        }
    }

    @Test void gradientsDoNotAccumulateAcrossZeroGrad() {
        try (NDManager owner = Torch.engine().newBaseManager()) {
            NDArray w = owner.create(new float[]{2f}, new Shape(1));
            w.setRequiresGradient(true);
            for (int k = 0; k < 3; k++) {
                Parameters.zeroGrad(List.of(w));
                try (NDManager scope = owner.newSubManager(); GradientCollector gc = Torch.engine().newGradientCollector()) {
                    gc.backward(scope.create(new float[]{3f}).mul(w).sum());
                }
            }
            // d(3w)/dw = 3 once, not 9
            assertThat(w.getGradient().toFloatArray()).containsExactly(3f);
        }
    }

    @Test void clipGradNormScalesToMaxNorm() {
        try (NDManager owner = Torch.engine().newBaseManager()) {
            NDArray w = owner.create(new float[]{3f, 4f}, new Shape(2));
            w.setRequiresGradient(true);
            Parameters.zeroGrad(List.of(w));
            try (NDManager scope = owner.newSubManager(); GradientCollector gc = Torch.engine().newGradientCollector()) {
                gc.backward(scope.create(new float[]{0f, 0f}).add(w).square().sum().div(2f));
            }
            // g = (3,4), ‖g‖ = 5 → scaled to norm 1: (0.6, 0.8)
            double before = Parameters.clipGradNorm(List.of(w), 1.0);
            assertThat(before).isCloseTo(5.0, within(1e-6));
            assertThat(w.getGradient().toFloatArray()).containsExactly(new float[]{0.6f, 0.8f}, within(1e-5f));
        }
    }
}
