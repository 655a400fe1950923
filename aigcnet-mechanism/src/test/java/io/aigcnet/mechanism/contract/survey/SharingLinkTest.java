package io.aigcnet.mechanism.contract.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.Gamma;
import org.junit.jupiter.api.Test;

class SharingLinkTest {
    // Rayleigh fading (α = 2, μ = 1): |h|² ~ Exp(1)
    static final SharingState RAYLEIGH = new SharingState(400, 100, 10, 2, 2, 1, 1e-3, 0, 0, 0, 1, 0, 0);

    @Test
    void meanSinrIsTheHandValue() {
        SharingState s = SharingState.reference();
        SharingLink l = new SharingLink(s, SurveyParams.defaults());
        double interference = 1e-7 * 3 + 1e-3 * 0.2 * 1e-3 + 1e-9;
        assertThat(l.meanSinr(0.5)).isCloseTo(0.5 * Math.pow(20, -3) / interference, within(1e-9));
    }

    @Test
    void rayleighRateAndBepMatchTheirClosedForms() {
        // γ̄ = P·D^−β/σ_N² = 1 at P = 0.1: E[log2(1 + X)] = e·E1(1)/ln 2 = 0.8603... ; BPSK: ½(1 − √(γ̄/(1 + γ̄)))
        SharingLink l = new SharingLink(RAYLEIGH, new SurveyParams(1, 1, 10, 0, 500, 0, 50, -500, 20000, 64, 201, 2001, 1e-6));
        assertThat(l.meanSinr(0.1)).isCloseTo(1, within(1e-12));
        double e1At1 = 0.21938393439552027;
        assertThat(l.rate(0.1)).isCloseTo(Math.E * e1At1 / Math.log(2), within(2e-3));
        assertThat(l.bitErrorProbability(0.1)).isCloseTo(0.5 * (1 - Math.sqrt(0.5)), within(2e-3));
    }

    @Test
    void unnormalisedFadingNodesHaveTheAlphaMuMeanPower() {
        double sum = 0;
        int n = 20000;
        // same quantile construction without the final scaling: mean → Γ(μ + 2/α)/Γ(μ)
        org.apache.commons.statistics.distribution.GammaDistribution g =
                org.apache.commons.statistics.distribution.GammaDistribution.of(2.5, 1.0);
        for (int i = 0; i < n; i++) sum += Math.pow(g.inverseCumulativeProbability((i + 0.5) / n), 2 / 1.5);
        assertThat(sum / n).isCloseTo(SharingLink.fadingMeanPower(1.5, 2.5), within(2e-3));
        assertThat(SharingLink.fadingMeanPower(1.5, 2.5)).isCloseTo(Gamma.value(2.5 + 2 / 1.5) / Gamma.value(2.5), within(1e-12));
        double[] nodes = SharingLink.fadingNodes(1.5, 2.5, 64);
        double mean = 0;
        for (double x : nodes) mean += x / nodes.length;
        assertThat(mean).isCloseTo(1, within(1e-12));
    }

    @Test
    void qosRisesWithPowerAndIsZeroWithoutIt() {
        SharingLink l = new SharingLink(SharingState.reference(), SurveyParams.defaults());
        assertThat(l.qos(0)).isEqualTo(0);
        double prev = 0;
        for (int i = 1; i <= 20; i++) {
            double q = l.qos(i / 20.0);
            assertThat(q).isGreaterThan(prev).isLessThanOrEqualTo(0.9);
            prev = q;
        }
    }

    @Test
    void invalidStatesNameTheComponent() {
        assertThatThrownBy(() -> SharingState.parse("1,2")).hasMessageContaining("13 values");
        assertThatThrownBy(() -> SharingState.parse("400,100,20,3,2,1,1e-9,1e-3,1.5,1e-7,1,3,0.2")).hasMessageContaining("v (");
        assertThatThrownBy(() -> SharingState.parse("400,100,20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,2.5,0.2")).hasMessageContaining("N (");
        assertThatThrownBy(() -> SharingState.parse("400,100,-20,3,2,1,1e-9,1e-3,1e-3,1e-7,1,3,0.2")).hasMessageContaining("D (");
    }
}
