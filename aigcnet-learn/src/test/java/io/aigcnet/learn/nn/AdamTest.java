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
                    gc.backward(Nd.div(x.square().sum(), 2));
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
                gc.backward(Nd.div(scope.create(new float[]{0f, 0f}).add(w).square().sum(), 2));
            }
            // g = (3,4), ‖g‖ = 5 → scaled to norm 1: (0.6, 0.8)
            double before = Parameters.clipGradNorm(List.of(w), 1.0);
            assertThat(before).isCloseTo(5.0, within(1e-6));
            assertThat(w.getGradient().toFloatArray()).containsExactly(new float[]{0.6f, 0.8f}, within(1e-5f));
        }
    }

    @Test void threeAdamWStepsMatchTheTextbookRecursionInDoubles() {
        // reference: Kingma & Ba Algorithm 1 with decoupled decay, evaluated here in double precision
        double lr = 0.1, wd = 0.1, b1 = 0.9, b2 = 0.999, eps = 1e-8;
        double[] x = {1, -2, 3, 0.5}, mm = new double[4], vv = new double[4];
        try (NDManager owner = Torch.engine().newBaseManager()) {
            NDArray a = owner.create(new float[]{1f, -2f}, new Shape(2));
            NDArray b = owner.create(new float[]{3f, 0.5f}, new Shape(1, 2)); // two tensors: exercises the split
            a.setRequiresGradient(true);
            b.setRequiresGradient(true);
            Adam opt = Adam.adamW(List.of(a, b), lr, wd, 0);
            for (int t = 1; t <= 3; t++) {
                float[] g = {0.3f * t, -1f, 2f / t, 0.01f};
                opt.zeroGrad();
                try (NDManager scope = owner.newSubManager(); GradientCollector gc = Torch.engine().newGradientCollector()) {
                    NDArray la = scope.create(new float[]{g[0], g[1]}).mul(a).sum();
                    NDArray lb = scope.create(new float[]{g[2], g[3]}, new Shape(1, 2)).mul(b).sum();
                    gc.backward(la.add(lb));
                }
                opt.step();
                double c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
                for (int i = 0; i < 4; i++) {
                    x[i] *= 1 - lr * wd;
                    mm[i] = b1 * mm[i] + (1 - b1) * g[i];
                    vv[i] = b2 * vv[i] + (1 - b2) * g[i] * g[i];
                    x[i] -= lr * (mm[i] / c1) / (Math.sqrt(vv[i] / c2) + eps);
                }
            }
            float[] got = {a.toFloatArray()[0], a.toFloatArray()[1], b.toFloatArray()[0], b.toFloatArray()[1]};
            for (int i = 0; i < 4; i++) assertThat((double) got[i]).isCloseTo(x[i], within(2e-6));
        }
    }
}
