package io.aigcnet.mechanism.contract.prosecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.contract.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The nested solver against brute force over the whole contract grid and the MASP's whole action grid. */
class ProsecutorContractSolverTest {
    static final ProsecutorParams SMALL = ProsecutorParams.defaults().withFees(0.05, 4, 4);
    static final double[][] STATES = {
            MarketState.reference().toVector(),
            {0.8, 5, 30, 1000, 16, 3, 0.8, 1500, 0.5, 0.4, 15, 6},
            {3, 30, 70, 500, 32, 6, 1.0, 800, 0.1, 0.1, 4, 1},
    };

    /** Max of U_SP over a c̄ grid of {@code n} points and every fee grid point of {@code nf} points. */
    static double bruteAgent(PaymentModel m, PaymentContract c, int n, int nf, double[] bestAction) {
        ProsecutorParams p = m.params();
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < nf; j++) {
            double fee = p.feeMin() + j * (p.feeMax() - p.feeMin()) / (nf - 1);
            for (int i = 0; i < n; i++) {
                double cbar = p.computeMin() + i * (p.computeMax() - p.computeMin()) / (n - 1);
                double u = m.maspUtility(c, cbar, fee, m.os2a(cbar, m.classOf(fee)));
                if (u > best) {
                    best = u;
                    bestAction[0] = cbar;
                    bestAction[1] = fee;
                }
            }
        }
        return best;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void bestResponseMatchesBruteForce(int s) {
        PaymentModel m = new PaymentModel(MarketState.of(STATES[s]), SMALL);
        for (double mu : new double[] {0, 50, 180, 420, 1000}) {
            PaymentContract c = new PaymentContract(mu, 5);
            double brute = bruteAgent(m, c, 4001, 401, new double[2]);
            double ours = MaspBestResponse.of(m, c).utility();
            assertThat(ours).as("mu=" + mu).isGreaterThanOrEqualTo(brute - 1e-9);
            // the brute fee grid misses a class floor by at most one step, which costs fee_unit·step/ζ
            double feeStep = SMALL.feeUnit() * (SMALL.feeMax() - SMALL.feeMin()) / 400 / m.state().round();
            assertThat(ours - brute).as("mu=" + mu).isLessThan(feeStep + 1e-3);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void optimumMatchesBruteForceOverTheContractGrid(int s) {
        PaymentModel m = new PaymentModel(MarketState.of(STATES[s]), SMALL);
        ProsecutorContractSolver.Solution exact = ProsecutorContractSolver.solve(m);
        // brute force: μ_s on 101 points, F_s on 121 points, the MASP on a 2001 x 161 action grid. F_s adds to U_SP
        // and so does not move the argmax: the agent grid is searched once per μ_s, then every F_s is tried.
        double bruteBest = Double.NEGATIVE_INFINITY;
        double[] act = new double[2];
        for (int i = 0; i <= 100; i++) {
            double mu = SMALL.bonusMax() * i / 100;
            double u0 = bruteAgent(m, new PaymentContract(mu, 0), 2001, 161, act);
            double os2a = m.os2a(act[0], m.classOf(act[1]));
            for (int j = 0; j <= 120; j++) {
                double fs = SMALL.fixedMax() * j / 120;
                if (u0 + fs < SMALL.agentThreshold()) continue;  // IR
                bruteBest = Math.max(bruteBest, m.clientUtility(new PaymentContract(mu, fs), os2a));
            }
        }
        assertThat(exact.feasible()).isTrue();
        // never beaten by a grid contract (up to the brute agent's own grid error, which can tip IR by a fee step),
        // and within one grid cell's worth (μ step 10 → |∂U_C/∂μ|·10 <= 10·OS²A)
        assertThat(exact.clientUtility()).isGreaterThanOrEqualTo(bruteBest - 0.05);
        assertThat(exact.clientUtility() - bruteBest).isLessThan(10);
        Outcome o = new ProsecutorGame(SMALL).evaluate(m, exact.contract());
        assertThat(o.ir()).isTrue();
        assertThat(o.ic()).isTrue();
        assertThat(o.principalUtility()).isCloseTo(exact.clientUtility(), within(1e-9));
    }
}
