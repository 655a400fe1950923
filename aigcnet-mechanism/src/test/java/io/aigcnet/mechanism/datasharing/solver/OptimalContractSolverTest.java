package io.aigcnet.mechanism.datasharing.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.ContractEvaluation;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.model.Utilities;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimalContractSolverTest {

    final OptimalContractSolver solver = new OptimalContractSolver();
    final IncentiveConstraints check = IncentiveConstraints.standard();

    @Test
    void virtualCostsByHand() {
        // K=2, Q=(0.84,0.16), phi=(2,12): c1 = 0.84/2 + (1/2 - 1/12)*0.16 = 0.42 + 0.0666667; c2 = 0.16/12
        double[] c = OptimalContractSolver.virtualCosts(new double[] {0.84, 0.16}, new double[] {2, 12});
        assertThat(c).containsExactly(new double[] {0.42 + (0.5 - 1.0 / 12) * 0.16, 0.16 / 12}, within(1e-15));
        // K=3, Q=(0.2,0.3,0.5), phi=(1,2,4): c1 = 0.2 + 0.5*0.8 = 0.6, c2 = 0.15 + 0.25*0.5 = 0.275, c3 = 0.125
        double[] c3 = OptimalContractSolver.virtualCosts(new double[] {0.2, 0.3, 0.5}, new double[] {1, 2, 4});
        assertThat(c3).containsExactly(new double[] {0.6, 0.275, 0.125}, within(1e-15));
    }

    @Test
    void bindingRewardsByHand() {
        // r1 = 0.2/2 = 0.1; r2 = 0.1 + (0.4-0.2)/12 = 0.116667
        double[] r = OptimalContractSolver.bindingRewards(new double[] {0.2, 0.4}, new double[] {2, 12});
        assertThat(r).containsExactly(new double[] {0.1, 0.1 + 0.2 / 12}, within(1e-15));
    }

    /** Reference values from src/test/resources/datasharing/reference_optimum.py (SciPy SLSQP on all 2K variables). */
    @ParameterizedTest
    @CsvSource({
        "'40,2,0.95,0.73,0.84,0.16,2,12', 0.177057, 0.381431, 0.0885284, 0.1055596, 2547.371481",
        "'40,2,0.94,0.85,0.80,0.20,2,12', 0.172743, 0.380051, 0.0863715, 0.1036471, 2594.706585",
        "'40,2,0.95,0.81,0.43,0.57,2,13', 0.132759, 0.389521, 0.0663793, 0.0861303, 2590.189019",
    })
    void paperStatesMatchAnIndependentScipyOptimum(String state, double f1, double f2, double r1, double r2, double ub) {
        NetworkState s = NetworkState.parse(state);
        Contract c = solver.solve(s, MarketParams.PAPER);
        assertThat(c.f()).containsExactly(new double[] {f1, f2}, within(2e-4));
        assertThat(c.r()).containsExactly(new double[] {r1, r2}, within(2e-5));
        double ours = Utilities.bsUtility(c, s, MarketParams.PAPER);
        assertThat(ours).isCloseTo(ub, within(1e-4)).isGreaterThanOrEqualTo(ub - 1e-6);
        assertThat(check.isFeasible(c, s)).isTrue();
    }

    @Test
    void paperState1MatchesAnLpGridBruteForce() {
        NetworkState s = NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12");
        BruteForceOracle.Result brute = BruteForceOracle.search(s, MarketParams.PAPER, 1e-3, 61, 4);
        Contract c = solver.solve(s, MarketParams.PAPER);
        double ours = Utilities.bsUtility(c, s, MarketParams.PAPER);
        assertThat(ours).isGreaterThanOrEqualTo(brute.ub() - 1e-9).isCloseTo(brute.ub(), within(1e-5));
        assertThat(c.f()).containsExactly(brute.f(), within(2e-3));
    }

    @Test
    void randomStatesBeatEveryGridPointAndStayFeasible() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11);
        for (int trial = 0; trial < 6; trial++) {
            double q1 = rng.nextDouble();
            NetworkState s = new NetworkState(40, 0.5 + 0.5 * rng.nextDouble(), 0.5 + 0.5 * rng.nextDouble(),
                    new double[] {q1, 1 - q1}, new double[] {1 + 7 * rng.nextDouble(), 8 + 7 * rng.nextDouble()});
            MarketParams m = MarketParams.PAPER.withAlpha(0.1 + 0.9 * rng.nextDouble());
            Contract c = solver.solve(s, m);
            assertThat(check.isFeasible(c, s)).as("state %s", s).isTrue();
            BruteForceOracle.Result brute = BruteForceOracle.search(s, m, 1e-3, 31, 4);
            assertThat(Utilities.bsUtility(c, s, m)).as("state %s", s).isGreaterThanOrEqualTo(brute.ub() - 1e-9)
                    .isCloseTo(brute.ub(), within(1e-4));
        }
    }

    @Test
    void ironsNonMonotoneTypesForK3() {
        // Q_2 tiny: type 2's unpooled frequency falls below type 1's, so types 1 and 2 must be pooled.
        NetworkState s = NetworkState.parse("40,3,0.9,0.6,0.5,0.01,0.49,5,6,15");
        assertThat(solver.needsIroning(s, MarketParams.PAPER)).isTrue();
        Contract c = solver.solve(s, MarketParams.PAPER);
        assertThat(c.f(0)).isEqualTo(c.f(1));
        assertThat(c.r(0)).isCloseTo(c.r(1), within(1e-15));
        assertThat(check.isFeasible(c, s)).isTrue();
        // SciPy SLSQP reference (reference_optimum.py, 'ironing_k3'): f = 0.231790, 0.231790, 0.411427; U_B = 2399.369763
        assertThat(c.f()).containsExactly(new double[] {0.231790, 0.231790, 0.411427}, within(2e-4));
        assertThat(Utilities.bsUtility(c, s, MarketParams.PAPER)).isCloseTo(2399.369763, within(1e-4));
        // and against the LP-grid brute force on all three frequencies
        BruteForceOracle.Result brute = BruteForceOracle.search(s, MarketParams.PAPER, 1e-3, 21, 5);
        assertThat(Utilities.bsUtility(c, s, MarketParams.PAPER)).isGreaterThanOrEqualTo(brute.ub() - 1e-9)
                .isCloseTo(brute.ub(), within(1e-3));
    }

    @Test
    void unsortedTypesAreSolvedInTheirOwnOrder() {
        NetworkState sorted = NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12");
        NetworkState swapped = NetworkState.parse("40,2,0.95,0.73,0.16,0.84,12,2");
        Contract a = solver.solve(sorted, MarketParams.PAPER), b = solver.solve(swapped, MarketParams.PAPER);
        assertThat(b.f()).containsExactly(a.f(1), a.f(0));
        assertThat(b.r()).containsExactly(a.r(1), a.r(0));
    }

    @Test
    void singleTypeIsTheQodPeakTradeOff() {
        // K=1: maximise 100 ln X(f) - f/4 ; FOC by hand is checked against a 1e-6 grid
        NetworkState s = NetworkState.parse("10,1,0.8,0.7,1,4");
        Contract c = solver.solve(s, MarketParams.PAPER);
        double best = Double.NEGATIVE_INFINITY, bestF = 0;
        var q = s.quality(MarketParams.PAPER);
        for (int i = 1000; i <= 1_000_000; i++) {
            double f = i * 1e-6, v = 100 * q.qodOfFrequency(f) - f / 4;
            if (v > best) { best = v; bestF = f; }
        }
        assertThat(c.f(0)).isCloseTo(bestF, within(2e-6));
        assertThat(c.r(0)).isCloseTo(c.f(0) / 4, within(1e-15));
    }

    @Test
    void devicesGetInformationRentsAboveTheLowestType() {
        NetworkState s = NetworkState.parse("40,3,0.8,0.9,0.3,0.3,0.4,2,6,12");
        ContractEvaluation e = ContractEvaluation.of(solver.solve(s, MarketParams.PAPER), s, MarketParams.PAPER, check);
        assertThat(e.feasible()).isTrue();
        assertThat(e.deviceUtility()[0]).isCloseTo(0.0, within(1e-15));
        assertThat(e.deviceUtility()[1]).isPositive();
        assertThat(e.deviceUtility()[2]).isGreaterThan(e.deviceUtility()[1]);
    }

    @Test
    void undefinedQodEverywhereIsAnError() {
        NetworkState s = NetworkState.parse("40,2,0.5,0.5,0.5,0.5,2,12");
        assertThatThrownBy(() -> solver.solve(s, new MarketParams(0.75, 100, 1.0))).hasMessageContaining("seconds");
    }
}
