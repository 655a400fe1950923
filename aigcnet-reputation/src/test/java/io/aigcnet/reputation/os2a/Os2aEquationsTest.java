package io.aigcnet.reputation.os2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Eqs. (1)–(3), 𝒯b and (6); expected values are hand computations written next to each assertion. */
class Os2aEquationsTest {
    @Test
    void minMaxEq2() {
        // (5 − 0) / (10 − 0) = 0.5; (7 − 2) / (12 − 2) = 0.5
        assertThat(Os2aFusion.minMax(5, 0, 10)).isEqualTo(0.5);
        assertThat(Os2aFusion.minMax(7, 2, 12)).isEqualTo(0.5);
        assertThatThrownBy(() -> Os2aFusion.minMax(1, 3, 3)).hasMessageContaining("x_max > x_min");
    }

    @Test
    void fusionEq1() {
        // 0.3·0.5 + 0.7·0.8 = 0.15 + 0.56 = 0.71
        assertThat(Os2aFusion.os2a(0.3, 0.5, 0.8)).isCloseTo(0.71, within(1e-12));
        // raw form: Ω(0.2; 0, 0.4) = 0.5, Ω(0.9; 0.5, 1) = 0.8 → same 0.71
        assertThat(Os2aFusion.os2a(0.3, 0.2, 0, 0.4, 0.9, 0.5, 1.0)).isCloseTo(0.71, within(1e-12));
        assertThatThrownBy(() -> Os2aFusion.os2a(1.5, 0, 0)).hasMessageContaining("alpha");
    }

    @Test
    void latenciesAndEq3() {
        assertThat(ServiceLatency.upload(10e6, 2e6)).isEqualTo(5.0); // 10 MB at 2 MB/s
        assertThat(ServiceLatency.inference(100, 20)).isEqualTo(5.0); // 100 units at 20 units/s
        assertThat(ServiceLatency.channelSetup(2, 3, 0)).isEqualTo(5.0); // DPoS: p_fork = 0
        assertThat(ServiceLatency.channelSetup(2, 3, 0.5)).isEqualTo(10.0); // (2 + 3) / 0.5
        assertThat(ServiceLatency.channelSetupWhenOpen()).isZero();
    }

    @Test
    void kademliaBroadcast() {
        // log2(16) = 4; p_b = 1 − 4/16 = 0.75; 4·1000 / (4·100·0.75) = 13.333…
        assertThat(ServiceLatency.kademliaBroadcast(16, 4, 1000, 4, 100)).isCloseTo(40.0 / 3, within(1e-12));
        assertThatThrownBy(() -> ServiceLatency.kademliaBroadcast(4, 4, 1, 1, 1)).hasMessageContaining("attackers");
    }

    @Test
    void objectiveScores() {
        assertThat(ObjectiveScore.fromLatencies(1, 2, 2)).isEqualTo(0.2); // 1 / 5
        // KPI 1 exceeds its threshold (5 > 4) → 1·5; KPI 2 equals it (3 = 3, strict >) → 0; KPI 3 below → 0
        assertThat(ObjectiveScore.multiKpi(new double[] {1, 2, 3}, new double[] {5, 3, 7}, new double[] {4, 3, 8})).isEqualTo(5.0);
        // all exceed: 1·5 + 2·3 + 3·7 = 32
        assertThat(ObjectiveScore.multiKpi(new double[] {1, 2, 3}, new double[] {5, 3, 7}, new double[] {0, 0, 0})).isEqualTo(32.0);
    }
}
