package io.aigcnet.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GradTapeTest {

    /** d/dw_i Σ (w_j·x_j)² = 2·w_i·x_i², by hand. */
    private static float[] gradient(boolean djl) {
        try (NDManager m = Torch.engine().newBaseManager()) {
            NDArray w = m.create(new float[] {1f, 2f, 3f});
            NDArray x = m.create(new float[] {3f, -1f, 0.5f});
            w.setRequiresGradient(true);
            if (djl) {
                try (GradientCollector gc = Torch.engine().newGradientCollector()) {
                    gc.backward(w.mul(x).square().sum());
                }
            } else {
                try (GradTape tape = GradTape.open()) {
                    tape.backward(w.mul(x).square().sum());
                }
            }
            return w.getGradient().toFloatArray();
        }
    }

    @Test
    void gradientsMatchHandValuesAndDjlsCollector() {
        // element i: 2·w_i·x_i·x_i = (2·1·9, 2·2·1, 2·3·0.25)
        assertThat(gradient(false)).containsExactly(18f, 4f, 1.5f);
        assertThat(gradient(false)).containsExactly(gradient(true));
    }

    @Test
    void gradModeIsOnInsideATapeAndOffAfter() {
        try (GradTape tape = GradTape.open()) {
            assertThat(ai.djl.pytorch.jni.JniUtils.isGradMode()).isTrue();
        }
        assertThat(ai.djl.pytorch.jni.JniUtils.isGradMode()).isFalse();
    }

    /** libtorch starts a new thread with grad mode on; a worker turns it off before it trains. */
    @Test
    void aNewThreadStartsWithGradModeOnUntilTurnedOff() throws Exception {
        Torch.engine();
        boolean[] seen = new boolean[2];
        Thread th = new Thread(() -> {
            seen[0] = ai.djl.pytorch.jni.JniUtils.isGradMode();
            GradTape.gradOffOnThisThread();
            seen[1] = ai.djl.pytorch.jni.JniUtils.isGradMode();
        });
        th.start();
        th.join();
        assertThat(seen[0]).isTrue();
        assertThat(seen[1]).isFalse();
    }

    /** DJL's collector refuses a second one anywhere in the JVM; tapes on different threads run side by side. */
    @Test
    void tapesOnSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int k = t + 1;
                fs.add(pool.submit(() -> {
                    GradTape.gradOffOnThisThread();
                    float[] last = null;
                    for (int rep = 0; rep < 200; rep++) {
                        try (NDManager m = Torch.engine().newBaseManager()) {
                            NDArray w = m.create(new float[] {k, 2f * k});
                            w.setRequiresGradient(true);
                            try (GradTape tape = GradTape.open()) {
                                Thread.yield(); // let the other threads open theirs in between
                                tape.backward(w.square().sum());
                            }
                            last = w.getGradient().toFloatArray();
                        }
                    }
                    return last;
                }));
            }
            for (int t = 0; t < 4; t++) assertThat(fs.get(t).get()).containsExactly(2f * (t + 1), 4f * (t + 1));
        } finally {
            pool.shutdownNow();
        }
    }
}
