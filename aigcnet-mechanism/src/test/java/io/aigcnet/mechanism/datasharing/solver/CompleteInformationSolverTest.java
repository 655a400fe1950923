package io.aigcnet.mechanism.datasharing.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.Feasibility;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.model.Utilities;
import io.aigcnet.mechanism.datasharing.model.Violation;
import org.junit.jupiter.api.Test;

class CompleteInformationSolverTest {

    static final NetworkState STATE1 = NetworkState.parse("40,2,0.95,0.73,0.84,0.16,2,12");

    @Test
    void eachTypeMaximisesItsOwnSurplusAndKeepsNothing() {
        Contract c = new CompleteInformationSolver().solve(STATE1, MarketParams.PAPER);
        var q = STATE1.quality(MarketParams.PAPER);
        for (int k = 0; k < 2; k++) {
            double phi = STATE1.phi(k), best = Double.NEGATIVE_INFINITY, bestF = 0;
            for (int i = 1000; i <= 1_000_000; i++) { // grid step 1e-6
                double f = i * 1e-6, v = 100 * q.qodOfFrequency(f) - f / phi;
                if (v > best) { best = v; bestF = f; }
            }
            assertThat(c.f(k)).isCloseTo(bestF, within(2e-6));
        }
        assertThat(Utilities.deviceUtilities(c, STATE1)).containsExactly(new double[] {0, 0}, within(1e-15));
    }

    @Test
    void upperBoundsTheAsymmetricOptimumButBreaksIc() {
        Contract full = new CompleteInformationSolver().solve(STATE1, MarketParams.PAPER);
        Contract asym = new OptimalContractSolver().solve(STATE1, MarketParams.PAPER);
        assertThat(Utilities.bsUtility(full, STATE1, MarketParams.PAPER))
                .isGreaterThan(Utilities.bsUtility(asym, STATE1, MarketParams.PAPER));
        Feasibility v = IncentiveConstraints.standard().check(full, STATE1);
        // type 2 (cheap updates) prefers type 1's better-paid-per-update item
        assertThat(v.violations()).singleElement().isInstanceOf(Violation.IncentiveCompatibility.class);
        assertThat(((Violation.IncentiveCompatibility) v.violations().get(0)).type()).isEqualTo(2);
    }
}
