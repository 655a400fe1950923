package io.aigcnet.mechanism.qoe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QoeModelTest {

    @Test
    void accuracyModelMatchesSecVIAPairing() {
        // Sec. VI-A pairs θ̂ = 1e-11, 1e-9, 1e-7, 1e-5, 1e-3 with K = 10, 8, 6, 4, 2; β=0.1, η=1/11
        // gives rate 0.1, so θ̂ = 0.1·0.1^K = 10^-(K+1) by hand.
        int[] k = {10, 8, 6, 4, 2};
        double[] theta = {1e-11, 1e-9, 1e-7, 1e-5, 1e-3};
        for (int i = 0; i < k.length; i++) {
            assertThat(AccuracyModel.PAPER.thetaHat(k[i])).isCloseTo(theta[i], within(theta[i] * 1e-12));
            assertThat(AccuracyModel.PAPER.cotExamples(theta[i])).isEqualTo(k[i]);
        }
        // ln(1/θ̂) for K = 2: 3 ln 10 = 6.907755...
        assertThat(AccuracyModel.accuracyCost(1e-3)).isCloseTo(6.907755279, within(1e-9));
        // a demand between grid points needs the next K up: 3e-6 lies between K=4 (1e-5) and K=5 (1e-6)
        assertThat(AccuracyModel.PAPER.cotExamples(3e-6)).isEqualTo(5);
    }

    @Test
    void tokenSumIsTheArithmeticSeries() {
        // Σ_{i=0}^{2} (5 + i) = 5 + 6 + 7 = 18 by hand
        assertThat(Qoe.tokenSum(5, 3)).isEqualTo(18);
        long direct = 0;
        for (int i = 0; i < 1400; i++) {
            direct += 100 + i;
        }
        assertThat(Qoe.tokenSum(100, 1400)).isEqualTo(direct);
    }

    @Test
    void workloadsFollowTheUnitsPolicy() {
        // SNR 20 dB -> γ = 100, log2(101) = 6.658211...; 32·(100+1400) bits = 48000 bit;
        // 48000 / 6.658211 = 7209.1 Hz·s = 7.2091 MHz·ms by hand.
        Channel ch = Channel.fromDb(20);
        assertThat(ch.snr()).isCloseTo(100, within(1e-9));
        assertThat(Qoe.transmitWorkload(100, 1400, ch)).isCloseTo(48000 / (Math.log(101) / Math.log(2)) / 1000,
                within(1e-12));
        assertThat(Qoe.transmitWorkload(100, 1400, ch)).isCloseTo(7.2091, within(1e-4));
        // A = 1000 ξ ln(1/θ̂) S: ξ = 1e-7 TFLOP, θ̂ = 1e-7, S(0, 200) = 19900 -> 1e-4·16.118·19900 = 32.075
        assertThat(Qoe.computeWorkload(1e-7, 1e-7, 0, 200)).isCloseTo(1e-4 * 7 * Math.log(10) * 19900, within(1e-9));
        // g p / σ² = 2·3/0.06 = 100
        assertThat(Channel.fromGain(2, 3, 0.06).snr()).isCloseTo(100, within(1e-12));
    }

    @Test
    void qoeIsDeadlineMinusLatencies() {
        // κ=500, A=56.3, f=0.4 -> 140.75 ms; D=8.32, B=1.6 -> 5.2 ms; Q = 500-140.75-5.2 = 354.05
        assertThat(Qoe.qoe(500, 56.3, 0.4, 8.32, 1.6)).isCloseTo(354.05, within(1e-9));
    }

    @Test
    void physicalFormConvertsPairByPair() {
        PhysicalAsp asp = new PhysicalAsp(new Asp(500, 21, 0.2, 30, 500), 1e-7);
        Demand dem = new Demand(1e-7, 0, 200, Channel.fromDb(20));
        QoeInstance inst = QoeInstance.fromPhysical(List.of(asp), List.of(new Mu(380, 0.001, 1)),
                new Demand[][] {{dem}});
        assertThat(inst.load(0, 0).a()).isCloseTo(Qoe.computeWorkload(1e-7, 1e-7, 0, 200), within(1e-12));
        assertThat(inst.load(0, 0).d()).isCloseTo(Qoe.transmitWorkload(0, 200, Channel.fromDb(20)), within(1e-12));
        assertThat(inst.load(0, 0).hasTokens()).isTrue();
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> new Asp(500, -1, 0.2, 30, 500)).hasMessageContaining("cf");
        assertThatThrownBy(() -> new Mu(380, 0.5, 0.1)).hasMessageContaining("R_min");
        assertThatThrownBy(() -> new QoeInstance(List.of(new Asp(500, 21, 0.2, 30, 500)),
                List.of(new Mu(380, 0.001, 1)), new PairLoad[][] {{}})).hasMessageContaining("pairs[0]");
    }
}
