package io.aigcnet.learn.env.classic;

import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.train.Rngs;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CartPoleTest {
    @Test void pushRightFromRestMatchesHandComputedEulerStep() {
        // By hand from (0,0,0,0), F = +10: temp = F/M_tot = 100/11; θ̈ = −temp/(0.5·(4/3 − 0.1/1.1)) = −600/41;
        // ẍ = temp − 0.05·θ̈/1.1 = 4400/451. Euler with τ = 0.02: (x, ẋ, θ, θ̇) = (0, 8/41, 0, −12/41).
        CartPole env = new CartPole();
        env.resetTo(new double[]{0, 0, 0, 0});
        Step s = env.step(new double[]{1});
        assertThat(s.observation()).containsExactly(new double[]{0, 8.0 / 41, 0, -12.0 / 41}, within(1e-12));
        assertThat(s.reward()).isEqualTo(1.0);
        assertThat(s.done()).isFalse();
        // second step, push left: positions move by τ·old velocity: x = 0.02·8/41, θ = −0.02·12/41
        Step s2 = env.step(new double[]{0});
        assertThat(s2.observation()[0]).isCloseTo(0.02 * 8 / 41, within(1e-12));
        assertThat(s2.observation()[2]).isCloseTo(-0.02 * 12 / 41, within(1e-12));
    }

    @Test void terminatesWhenCartLeavesTrackAndStillPaysTheStep() {
        CartPole env = new CartPole();
        env.resetTo(new double[]{2.39, 1.0, 0, 0}); // x' = 2.39 + 0.02·1 = 2.41 > 2.4
        Step s = env.step(new double[]{1});
        assertThat(s.terminated()).isTrue();
        assertThat(s.truncated()).isFalse();
        assertThat(s.reward()).isEqualTo(1.0);
        assertThatThrownBy(() -> env.step(new double[]{0})).isInstanceOf(IllegalStateException.class);
    }

    @Test void terminatesWhenPoleFallsPastTwelveDegrees() {
        CartPole env = new CartPole();
        double limit = 12 * 2 * Math.PI / 360;
        env.resetTo(new double[]{0, 0, limit - 0.001, 1.0}); // θ' = θ + 0.02 > limit
        assertThat(env.step(new double[]{0}).terminated()).isTrue();
    }

    @Test void truncatesAtExactly500StepsUnderABalancingController() {
        CartPole env = new CartPole();
        double[] o = env.reset(Rngs.seeded(3));
        for (int t = 1; t <= 500; t++) {
            // push towards the side the pole is falling, with a weak correction of the cart position
            int a = o[2] + 0.5 * o[3] + 0.01 * o[0] + 0.1 * o[1] > 0 ? 1 : 0;
            Step s = env.step(new double[]{a});
            assertThat(s.terminated()).as("step %d", t).isFalse();
            assertThat(s.truncated()).as("step %d", t).isEqualTo(t == 500);
            o = s.observation();
        }
    }

    @Test void resetDrawsEachStateUniformlyInPlusMinus005() {
        CartPole env = new CartPole();
        var rng = Rngs.seeded(1);
        for (int k = 0; k < 100; k++)
            for (double v : env.reset(rng)) assertThat(Math.abs(v)).isLessThanOrEqualTo(0.05);
    }

    @Test void rejectsActionsOutsideTheSpace() {
        CartPole env = new CartPole();
        env.reset(Rngs.seeded(1));
        assertThatThrownBy(() -> env.step(new double[]{2})).hasMessageContaining("{0} or {1}");
    }
}
