package io.aigcnet.learn.algo.ppo;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GaeTest {
    @Test void threeStepsByHand() {
        // r = 1, V = 0.5 everywhere, γ = 0.9, λ = 0.8 → δ = 1 + 0.45 − 0.5 = 0.95 at each step;
        // Â2 = 0.95, Â1 = 0.95 + 0.72·0.95 = 1.634, Â0 = 0.95 + 0.72·1.634 = 2.12648.
        float[][] r = {{1}, {1}, {1}}, v = {{0.5f}, {0.5f}, {0.5f}};
        float[][][] out = Gae.compute(r, v, new boolean[3][1], new float[]{0.5f}, 0.9, 0.8);
        assertThat(out[0][0][0]).isCloseTo(2.12648f, within(1e-5f));
        assertThat(out[0][1][0]).isCloseTo(1.634f, within(1e-5f));
        assertThat(out[0][2][0]).isCloseTo(0.95f, within(1e-6f));
        assertThat(out[1][0][0]).isCloseTo(2.62648f, within(1e-5f)); // return = Â + V
    }

    @Test void episodeEndCutsBootstrapAndTrace() {
        // done at t = 1: δ1 = 1 − 0.5 = 0.5, Â1 = 0.5; Â0 = 0.95 + 0.72·0.5 = 1.31; Â2 = 0.95 (new episode)
        float[][] r = {{1}, {1}, {1}}, v = {{0.5f}, {0.5f}, {0.5f}};
        boolean[][] d = {{false}, {true}, {false}};
        float[][][] out = Gae.compute(r, v, d, new float[]{0.5f}, 0.9, 0.8);
        assertThat(out[0][0][0]).isCloseTo(1.31f, within(1e-6f));
        assertThat(out[0][1][0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(out[0][2][0]).isCloseTo(0.95f, within(1e-6f));
    }

    @Test void lambdaOneGivesDiscountedMonteCarloReturn() {
        // λ = 1, no bootstrap at the end of a finished episode: return_0 = 1 + 0.9 + 0.81 = 2.71 whatever V is
        float[][] r = {{1}, {1}, {1}}, v = {{0.3f}, {-2f}, {7f}};
        boolean[][] d = {{false}, {false}, {true}};
        float[][][] out = Gae.compute(r, v, d, new float[]{100f}, 0.9, 1.0);
        assertThat(out[1][0][0]).isCloseTo(2.71f, within(1e-5f));
    }
}
