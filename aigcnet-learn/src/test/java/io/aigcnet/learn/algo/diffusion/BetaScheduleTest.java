package io.aigcnet.learn.algo.diffusion;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetaScheduleTest {
    @Test void vpScheduleMatchesTheSpecTables() {
        // gsemcom spec §2.8, values computed there from the GDMOPT formula (4 decimals)
        double[] t5 = {0.1959, 0.4588, 0.6358, 0.7549, 0.8350};
        double[] t6 = {0.1429, 0.3489, 0.5055, 0.6244, 0.7147, 0.7833};
        BetaSchedule s5 = BetaSchedule.vp(5), s6 = BetaSchedule.vp(6);
        for (int t = 1; t <= 5; t++) assertThat(s5.beta(t)).isCloseTo(t5[t - 1], within(1e-4));
        for (int t = 1; t <= 6; t++) assertThat(s6.beta(t)).isCloseTo(t6[t - 1], within(1e-4));
    }

    @Test void derivedQuantitiesByHandForATwoStepSchedule() {
        // β = (0.1, 0.5): α = (0.9, 0.5), ᾱ = (0.9, 0.45).
        BetaSchedule s = BetaSchedule.linear(2, 0.1, 0.5);
        assertThat(s.alphaBar(2)).isCloseTo(0.45, within(1e-15));
        // t = 2: c0 = β2·√ᾱ1/(1−ᾱ2) = 0.5·√0.9/0.55, ct = (1−ᾱ1)·√α2/(1−ᾱ2) = 0.1·√0.5/0.55, β̃2 = 0.5·0.1/0.55
        assertThat(s.posteriorMeanCoefficients(2)).containsExactly(new double[]{0.5 * Math.sqrt(0.9) / 0.55, 0.1 * Math.sqrt(0.5) / 0.55}, within(1e-15));
        assertThat(s.posteriorVariance(2)).isCloseTo(0.05 / 0.55, within(1e-15));
        // t = 1: ᾱ0 = 1 → c0 = β1/(1−ᾱ1) = 1, ct = 0, β̃1 = 0 (the last step returns x̂0 itself)
        assertThat(s.posteriorMeanCoefficients(1)).containsExactly(new double[]{1, 0}, within(1e-15));
        assertThat(s.posteriorVariance(1)).isZero();
        // x̂0 coefficients at t = 2: {1/√0.45, √(1/0.45 − 1)}
        assertThat(s.x0FromEpsCoefficients(2)).containsExactly(new double[]{1 / Math.sqrt(0.45), Math.sqrt(1 / 0.45 - 1)}, within(1e-15));
    }

    @Test void sinusoidalEmbeddingByHand() {
        // dim 4 → h = 2, ω = (1, exp(−ln 10000)) = (1, 1e−4): e(3) = [sin 3, sin 3e−4, cos 3, cos 3e−4]
        assertThat(TimeEmbedding.sinusoidal(3, 4)).containsExactly(
                new double[]{Math.sin(3), Math.sin(3e-4), Math.cos(3), Math.cos(3e-4)}, within(1e-15));
    }
}
