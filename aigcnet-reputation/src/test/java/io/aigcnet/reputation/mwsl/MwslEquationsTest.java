package io.aigcnet.reputation.mwsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Eqs. (7)–(12); every expected value is a hand computation shown in the comment beside it. */
class MwslEquationsTest {
    private static final double EPS = 1e-9;

    @Test
    void localOpinionEq7() {
        // p = 4, n = 1: c = 1/5 = 0.2, s = 0.8·4/5 = 0.64, u = 0.8·1/5 = 0.16
        Opinion o = SubjectiveLogic.localOpinion(4, 1);
        assertThat(o.s()).isCloseTo(0.64, within(EPS));
        assertThat(o.u()).isCloseTo(0.16, within(EPS));
        assertThat(o.c()).isCloseTo(0.2, within(EPS));
        assertThat(SubjectiveLogic.localOpinion(0, 0)).isEqualTo(Opinion.VACUOUS);
        // one interaction carries no information under (7): c = 1
        assertThat(SubjectiveLogic.localOpinion(1, 0)).isEqualTo(new Opinion(0, 0, 1));
    }

    @Test
    void familiarityFreshnessEq8() {
        assertThat(WeightingFactors.familiarity(5, 20)).isEqualTo(0.25);
        assertThat(WeightingFactors.familiarity(0, 0)).isZero();
        // (120 − 118) blocks × 5 s = 10 s; 0.99^10 = 0.9043820750
        double age = WeightingFactors.ageSeconds(120, 118, 5.0);
        assertThat(age).isEqualTo(10.0);
        assertThat(WeightingFactors.freshness(0.99, age)).isCloseTo(0.9043820750, within(EPS));
    }

    @Test
    void marketWorthEq9() {
        // 2·0.99^100 + 3·0.99^50 = 2·0.3660323 + 3·0.6050061 = 2.5470829
        double w = WeightingFactors.marketWorth(new double[] {2, 3}, new double[] {100, 50}, 0.99);
        assertThat(w).isCloseTo(2.5470828840, within(EPS));
        assertThat(WeightingFactors.marketWorth(new double[0], new double[0], 0.99)).isZero();
    }

    @Test
    void weightNorm() {
        // sqrt(0.25² + 0.9043821² + (0.1·2.5470829)²) = sqrt(0.0625 + 0.8179070 + 0.0648763) = 0.9722568
        double w = WeightingFactors.weight(new FactorWeights(1, 1, 0.1), 0.25, 0.9043820750, 2.5470828840);
        assertThat(w).isCloseTo(0.9722567818, within(1e-9));
    }

    @Test
    void referenceOpinionEq10() {
        // weights 1 and 3; s: (1·0.64 + 3·0.3)/4 = 0.385, ×(1 − 0.3) = 0.2695
        // u: (1·0.16 + 3·0.2)/4 = 0.19, ×0.3 = 0.057; c: (1·0.2 + 3·0.5)/4 = 0.425
        Opinion ref = ReferenceOpinion.of(new double[] {1, 3},
                new Opinion[] {new Opinion(0.64, 0.16, 0.2), new Opinion(0.3, 0.2, 0.5)}, 0.3);
        assertThat(ref.s()).isCloseTo(0.2695, within(EPS));
        assertThat(ref.u()).isCloseTo(0.057, within(EPS));
        assertThat(ref.c()).isCloseTo(0.425, within(EPS));
        assertThat(ReferenceOpinion.of(new double[0], new Opinion[0], 0.3)).isEqualTo(Opinion.VACUOUS);
        assertThat(ReferenceOpinion.of(new double[] {0}, new Opinion[] {new Opinion(1, 0, 0)}, 0.3)).isEqualTo(Opinion.VACUOUS);
    }

    @Test
    void fusionEq11AndReputationEq12() {
        // D = 0.2 + 0.2 − 0.04 = 0.36; s = (0.64·0.2 + 0.5·0.2)/0.36 = 0.633333; u = (0.16·0.2 + 0.3·0.2)/0.36 = 0.255556;
        // c = 0.04/0.36 = 0.111111; 𝓡 = 0.633333 + 0.5·0.111111 = 0.688889
        Opinion f = SubjectiveLogic.fuse(new Opinion(0.64, 0.16, 0.2), new Opinion(0.5, 0.3, 0.2));
        assertThat(f.s()).isCloseTo(0.228 / 0.36, within(EPS));
        assertThat(f.u()).isCloseTo(0.092 / 0.36, within(EPS));
        assertThat(f.c()).isCloseTo(0.04 / 0.36, within(EPS));
        assertThat(SubjectiveLogic.reputation(f, 0.5)).isCloseTo(0.228 / 0.36 + 0.02 / 0.36, within(EPS));
        // both dogmatic: D = 0, limit is the average
        assertThat(SubjectiveLogic.fuse(new Opinion(1, 0, 0), new Opinion(0, 1, 0))).isEqualTo(new Opinion(0.5, 0.5, 0));
    }
}
