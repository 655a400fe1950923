package io.aigcnet.learn.env.classic;

import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.train.Rngs;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PendulumTest {
    @Test void uprightUnitTorqueStepByHand() {
        // θ = 0, θ̇ = 0, u = 1: cost = 0.001·1² → r = −0.001; θ̇' = (15·sin0 + 3·1)·0.05 = 0.15; θ' = 0.15·0.05 = 0.0075
        Pendulum env = new Pendulum();
        env.resetTo(0, 0);
        Step s = env.step(new double[]{1});
        assertThat(s.reward()).isCloseTo(-0.001, within(1e-15));
        assertThat(s.observation()).containsExactly(new double[]{Math.cos(0.0075), Math.sin(0.0075), 0.15}, within(1e-12));
    }

    @Test void torqueIsClippedAndCostUsesClippedTorque() {
        // θ = π/2, θ̇ = 1, u = −3 → −2: cost = (π/2)² + 0.1 + 0.004; θ̇' = 1 + (15 − 6)·0.05 = 1.45; θ' = π/2 + 0.0725
        Pendulum env = new Pendulum();
        env.resetTo(Math.PI / 2, 1);
        Step s = env.step(new double[]{-3});
        assertThat(s.reward()).isCloseTo(-(Math.PI * Math.PI / 4 + 0.104), within(1e-12));
        double th = Math.PI / 2 + 0.0725;
        assertThat(s.observation()).containsExactly(new double[]{Math.cos(th), Math.sin(th), 1.45}, within(1e-12));
    }

    @Test void angularSpeedIsClippedAtEight() {
        // θ̇' = 7.9 + (15 + 6)·0.05 = 8.95 → 8; θ' = π/2 + 8·0.05
        Pendulum env = new Pendulum();
        env.resetTo(Math.PI / 2, 7.9);
        Step s = env.step(new double[]{2});
        assertThat(s.observation()[2]).isEqualTo(8.0);
        assertThat(s.observation()[1]).isCloseTo(Math.sin(Math.PI / 2 + 0.4), within(1e-12));
    }

    @Test void angleNormalisationFollowsPythonModulo() {
        assertThat(Pendulum.normalizeAngle(3 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(1e-12));
        assertThat(Pendulum.normalizeAngle(-3 * Math.PI / 2)).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(Pendulum.normalizeAngle(Math.PI)).isCloseTo(-Math.PI, within(1e-12));
        assertThat(Pendulum.normalizeAngle(0.3)).isCloseTo(0.3, within(1e-15));
    }

    @Test void neverTerminatesAndTruncatesAt200() {
        Pendulum env = new Pendulum();
        env.reset(Rngs.seeded(2));
        for (int t = 1; t <= 200; t++) {
            Step s = env.step(new double[]{0.5});
            assertThat(s.terminated()).isFalse();
            assertThat(s.truncated()).isEqualTo(t == 200);
        }
    }
}
