package io.aigcnet.mechanism.contract.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.contract.Outcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyContractSolverTest {
    static final double[][] STATES = {
            SharingState.reference().toVector(),
            {250, 60, 35, 3.5, 1.5, 2, 1e-9, 1e-3, 5e-3, 5e-8, 0.5, 5, 0.5},
            {500, 200, 12, 2.5, 3, 0.75, 1e-9, 1e-3, 1e-3, 2e-7, 1, 1, 0.1},
    };

    /**
     * Brute force over P_k: an even grid of n points, then an even grid of n points over the two cells around the
     * best one (Q_s is steep near P = 0 when the link is strong, so one grid alone is too coarse there).
     */
    static double brutePower(SharingLink l, SemanticContract c, int n, double[] argmax) {
        double pMax = l.params().powerMax();
        double best = scan(l, c, 0, pMax, n, argmax);
        double step = pMax / (n - 1);
        return Math.max(best, scan(l, c, Math.max(0, argmax[0] - step), Math.min(pMax, argmax[0] + step), n, argmax));
    }

    private static double scan(SharingLink l, SemanticContract c, double lo, double hi, int n, double[] argmax) {
        double best = Double.NEGATIVE_INFINITY, arg = argmax[0];
        for (int i = 0; i < n; i++) {
            double p = lo + (hi - lo) * i / (n - 1);
            double u = SharingUtilities.provider(l, c, p);
            if (u > best) { best = u; arg = p; }
        }
        argmax[0] = arg;
        return best;
    }

    @Test
    void sipBestResponseMatchesBruteForce() {
        for (double[] e : STATES) {
            SharingLink l = new SharingLink(SharingState.of(e), SurveyParams.defaults());
            for (double cq : new double[] {0, 30, 120, 300, 500}) {
                SemanticContract c = new SemanticContract(cq, 0);
                double brute = brutePower(l, c, 4001, new double[1]);
                double ours = SipBestResponse.of(l, c).utility();
                assertThat(ours).isGreaterThanOrEqualTo(brute - 1e-9);
                assertThat(ours - brute).isLessThan(1e-4);
            }
        }
    }

    @Test
    void optimumMatchesBruteForceOverTheContractGrid() {
        SurveyParams p = SurveyParams.defaults();
        for (double[] e : STATES) {
            SharingLink l = new SharingLink(SharingState.of(e), p);
            SurveyContractSolver.Solution exact = SurveyContractSolver.solve(l);
            double best = Double.NEGATIVE_INFINITY;
            double[] arg = new double[1];
            // c_f adds to U_SIP and does not move the argmax: one power grid per c_q, then every c_f
            for (int i = 0; i <= 250; i++) {
                double cq = p.qosPriceMax() * i / 250;
                double u0 = brutePower(l, new SemanticContract(cq, 0), 2001, arg);
                for (int j = 0; j <= 100; j++) {
                    SemanticContract c = new SemanticContract(cq, p.fixedMin() + (p.fixedMax() - p.fixedMin()) * j / 100);
                    if (u0 + c.fixed() < p.agentThreshold()) continue;
                    best = Math.max(best, SharingUtilities.receiver(l, c, arg[0]));
                }
            }
            assertThat(exact.feasible()).isTrue();
            assertThat(exact.receiverUtility()).isGreaterThanOrEqualTo(best - 1e-4);
            // one grid cell: c_q step 2 moves U_SIR by at most 2·Q_s <= 1.8, c_f step 0.5 by 0.5
            assertThat(exact.receiverUtility() - best).isLessThan(2.3);
            Outcome o = new SurveyGame(p).evaluate(l, exact.contract());
            assertThat(o.ir() && o.ic()).isTrue();
        }
    }

    @Test
    void nestedSolverEqualsTheAnalyticOracleWhenTheFixedPaymentIsFree() {
        SurveyParams wide = SurveyParams.defaults().withFixedRange(-1000, 1000);
        for (double[] e : STATES) {
            SharingLink l = new SharingLink(SharingState.of(e), wide);
            Optional<SurveyContractSolver.Solution> oracle = AnalyticOracle.solve(l);
            assertThat(oracle).isPresent();
            SurveyContractSolver.Solution nested = SurveyContractSolver.solve(l);
            assertThat(nested.receiverUtility()).isCloseTo(oracle.get().receiverUtility(), within(1e-4));
            assertThat(oracle.get().contract().qosPrice()).isEqualTo(e[0]);
        }
    }

    @Test
    void theOracleDeclinesWhenLimitedLiabilityBinds() {
        SharingLink l = new SharingLink(SharingState.reference(), SurveyParams.defaults());
        assertThat(AnalyticOracle.solve(l)).isEmpty();
        // and the box-constrained optimum is then below the first best
        SharingLink wide = new SharingLink(SharingState.reference(), SurveyParams.defaults().withFixedRange(-1000, 1000));
        assertThat(SurveyContractSolver.solve(l).receiverUtility()).isLessThan(AnalyticOracle.solve(wide).get().receiverUtility());
    }

    @Test
    void irAndIcOnHandCases() {
        SharingLink l = new SharingLink(SharingState.reference(), SurveyParams.defaults());
        // c_q = 0: the SIP transmits nothing (P = 0 costs nothing), U_SIP = c_f
        SemanticContract flat = new SemanticContract(0, 5);
        assertThat(SipBestResponse.of(l, flat).power()).isEqualTo(0);
        assertThat(SurveyIncentives.individuallyRational(l, flat, 0)).isFalse();   // 5 < U_th = 10
        assertThat(SurveyIncentives.individuallyRational(l, new SemanticContract(0, 10), 0)).isTrue();
        assertThat(SurveyIncentives.incentiveCompatible(l, flat, 0)).isTrue();
        assertThat(SurveyIncentives.incentiveCompatible(l, flat, 0.5)).isFalse();  // costs 50 for nothing
    }
}
