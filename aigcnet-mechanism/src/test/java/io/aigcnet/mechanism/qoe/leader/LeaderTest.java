package io.aigcnet.mechanism.qoe.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.qoe.follower.JointAllocation;
import io.aigcnet.mechanism.qoe.follower.SplitAllocation;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LeaderTest {

    @Test
    void utilityIsEq9ByHand() {
        // μ=380, Q = (353, 730), R = (0.06, 0.056): 380 ln(1084) − (21.18 + 40.88) = 2653.487 − 62.06
        double u = LeaderUtility.utility(380, new double[] {0.06, 0.056}, new double[] {353, 730});
        assertThat(u).isCloseTo(380 * Math.log(1084) - 62.06, within(1e-9));
    }

    @Test
    void threePointRuleBreaksTiesUpward() {
        assertThat(DecisionRule.THREE_POINT.direction(1, 1, 1)).isEqualTo(1); // flat: up branch first
        assertThat(DecisionRule.THREE_POINT.direction(0, 1, 2)).isEqualTo(1);
        assertThat(DecisionRule.THREE_POINT.direction(2, 1, 0)).isEqualTo(-1);
        assertThat(DecisionRule.THREE_POINT.direction(0, 1, 0)).isZero(); // centre strictly best
        assertThat(DecisionRule.THREE_POINT.direction(1, 0, 1)).isZero(); // centre worst: stay
        assertThat(DecisionRule.THREE_POINT.direction(1, 1, 0)).isEqualTo(-1); // down tie
        assertThat(DecisionRule.SIGN.direction(0, 1, 0)).isZero();
        assertThat(DecisionRule.SIGN.direction(0, 5, 0.5)).isEqualTo(1); // sign rule moves off the best centre
    }

    @Test
    void stepSchedulesParse() {
        assertThat(StepSchedule.parse("constant:1e-4").step(7)).isEqualTo(1e-4);
        assertThat(StepSchedule.parse("diminishing:0.1").step(4)).isEqualTo(0.025);
    }

    @Test
    void perturbedQoeEqualsAFullResolve() {
        // the O(1) single-reward shortcuts must agree with re-solving the provider from scratch, over
        // slack and binding capacities (one or both) and users on and off C1 (rewards log-uniform
        // over [1e-3, 1], so the lowest sit below the C1 threshold (W/κ)²)
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++) {
            double fMax = new double[] {30, 6, 3}[trial % 3];
            double bMax = new double[] {500, 15, 4}[(trial / 3) % 3];
            QoeInstance inst = TestInstances.random(rng, 2, 6, fMax, bMax);
            boolean feasible = true;
            for (int n = 0; n < 2; n++) {
                feasible &= io.aigcnet.mechanism.qoe.follower.Feasibility.isFeasible(inst.asp(n), inst.computeRow(n),
                        inst.transmitRow(n));
            }
            if (!feasible) {
                continue;
            }
            for (var policy : new io.aigcnet.mechanism.qoe.follower.FollowerPolicy[] {new JointAllocation(),
                    new SplitAllocation(SplitAllocation.Optimised.COMPUTE)}) {
                Market market;
                try {
                    market = new Market(inst, policy);
                } catch (IllegalArgumentException e) {
                    continue; // the equal split cannot serve this instance
                }
                double[][] r = new double[2][6];
                for (int n = 0; n < 2; n++) {
                    for (int m = 0; m < 6; m++) {
                        r[n][m] = Math.exp(Math.log(1e-3) * rng.nextDouble());
                    }
                }
                market.solveAll(r);
                for (int n = 0; n < 2; n++) {
                    for (int m = 0; m < 6; m++) {
                        for (double factor : new double[] {0.999, 1.001, 0.3, 3}) {
                            double rNew = Math.min(1, r[n][m] * factor);
                            double fast = market.perturbedQoe(n, m, r[n], rNew);
                            double[] row = r[n].clone();
                            row[m] = rNew;
                            double slow = policy.solve(inst.asp(n), inst.computeRow(n), inst.transmitRow(n), row).q(m);
                            assertThat(fast).as("trial %d n %d m %d x%s", trial, n, m, factor)
                                    .isCloseTo(slow, within(1e-8 * inst.asp(n).kappa()));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void referenceEquilibriumSatisfiesTheFirstOrderConditions() {
        // independent check: central differences of eq. (9) through the exact follower vanish at R*
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        QoeInstance inst = TestInstances.random(rng, 3, 4, 30, 500);
        Market market = new Market(inst, new JointAllocation());
        double[][] r = ReferenceEquilibrium.rewards(inst);
        assertThat(ReferenceEquilibrium.isInterior(inst, market.evaluate(r))).isTrue();
        double h = 1e-6;
        for (int n = 0; n < 3; n++) {
            for (int m = 0; m < 4; m++) {
                double base = r[n][m];
                r[n][m] = base + h;
                double up = market.evaluate(r).muUtility()[m];
                r[n][m] = base - h;
                double down = market.evaluate(r).muUtility()[m];
                r[n][m] = base;
                // scale: dU/dR is O(Q) ~ 1e2 away from the optimum
                assertThat((up - down) / (2 * h)).isCloseTo(0, within(1e-3));
            }
        }
    }

    @Test
    void bestResponseAgreesWithTheReferenceOnInteriorInstances() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        QoeInstance inst = TestInstances.random(rng, 2, 3, 30, 500);
        Market market = new Market(inst, new JointAllocation());
        double[][] ref = ReferenceEquilibrium.rewards(inst);
        Outcome br = BestResponse.solve(market, DualPerturbation.randomStart(inst, rng), 1e-6, 100);
        assertThat(br.converged()).isTrue();
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 3; m++) {
                assertThat(br.r(n, m)).isCloseTo(ref[n][m], within(1e-5));
            }
        }
    }

    @Test
    void algorithm1MatchesTheReferenceEquilibriumTo3SignificantDigits() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(21L);
        DualPerturbation solver = new DualPerturbation(DualPerturbationConfig.defaults()
                .withStep(StepSchedule.constant(1e-5)));
        for (int trial = 0; trial < 4; trial++) {
            QoeInstance inst = TestInstances.random(rng, 1 + trial % 3, 2 + trial, 30, 500);
            Market market = new Market(inst, new JointAllocation());
            double[][] ref = ReferenceEquilibrium.rewards(inst);
            Outcome out = solver.solve(market, rng);
            assertThat(out.converged()).isTrue();
            assertThat(ReferenceEquilibrium.isInterior(inst, out)).isTrue();
            Outcome atRef = market.evaluate(ref);
            for (int n = 0; n < inst.aspCount(); n++) {
                for (int m = 0; m < inst.muCount(); m++) {
                    assertThat(relErr(out.r(n, m), ref[n][m])).isLessThan(5e-4);
                    assertThat(relErr(out.q(n, m), atRef.q(n, m))).isLessThan(5e-4);
                    assertThat(relErr(out.f(n, m), atRef.f(n, m))).isLessThan(5e-4);
                    assertThat(relErr(out.b(n, m), atRef.b(n, m))).isLessThan(5e-4);
                }
            }
        }
    }

    @Test
    void gaussSeidelReachesTheSameEquilibrium() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(22L);
        QoeInstance inst = TestInstances.random(rng, 2, 4, 30, 500);
        double[][] ref = ReferenceEquilibrium.rewards(inst);
        Outcome out = new DualPerturbation(DualPerturbationConfig.defaults().withStep(StepSchedule.constant(1e-5))
                .withOrder(UpdateOrder.GAUSS_SEIDEL)).solve(new Market(inst, new JointAllocation()), rng);
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 4; m++) {
                assertThat(relErr(out.r(n, m), ref[n][m])).isLessThan(5e-4);
            }
        }
    }

    @Test
    void bindingCapacitiesGiveAnEpsilonNashEquilibrium() {
        // small capacities: MUs compete through λ, and the equilibrium need not be unique (best
        // response from different starts lands on different points), so check the Nash property
        // itself: no user gains more than a rounding-level amount by moving any one reward, found
        // by golden-section search over [R^min, R^max] with the exact follower re-solved.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(23L);
        QoeInstance inst = TestInstances.random(rng, 2, 3, 2.2, 500);
        Market market = new Market(inst, new JointAllocation());
        double[][] start = DualPerturbation.randomStart(inst, rng);
        // Jacobi can end in a 2-cycle here (simultaneous moves of users sharing a binding capacity),
        // a few dozen steps from the coordinate best response; Gauss-Seidel settles closer. Gains are
        // in utility units, against utilities of ~2000 (so 1e-3 is a relative gap of 5e-7).
        for (UpdateOrder order : UpdateOrder.values()) {
            Outcome alg = new DualPerturbation(DualPerturbationConfig.defaults().withStep(StepSchedule.constant(1e-5))
                    .withOrder(order)).solve(market, start);
            assertThat(alg.converged()).isTrue();
            assertThat(ReferenceEquilibrium.isInterior(inst, alg)).isFalse();
            assertThat(maxCoordinateGain(market, alg.r())).isLessThan(order == UpdateOrder.JACOBI ? 1e-3 : 2e-4);
        }
    }

    static double maxCoordinateGain(Market market, double[][] r) {
        double gain = 0;
        for (int n = 0; n < r.length; n++) {
            for (int m = 0; m < r[n].length; m++) {
                double here = BestResponse.utilityAt(market, r, n, m, r[n][m]);
                double best = BestResponse.utilityAt(market, r, n, m, BestResponse.argmax(market, r, n, m, 1e-8));
                gain = Math.max(gain, best - here);
            }
        }
        return gain;
    }

    @Test
    void appendixSignRuleApproachesTheReferenceWithDiminishingSteps() {
        // Appendix A's sign rule moves even when the centre is best, so it needs u/t steps to settle
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(25L);
        QoeInstance inst = TestInstances.random(rng, 2, 3, 30, 500);
        double[][] ref = ReferenceEquilibrium.rewards(inst);
        Outcome out = new DualPerturbation(DualPerturbationConfig.defaults().withStep(StepSchedule.diminishing(0.2))
                .withRule(DecisionRule.SIGN).withEpsilon(0).withMaxIterations(20_000))
                .solve(new Market(inst, new JointAllocation()), rng);
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 3; m++) {
                assertThat(relErr(out.r(n, m), ref[n][m])).isLessThan(1e-3);
            }
        }
    }

    @Test
    void stoppingRuleHonoursCapAndMinimum() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(24L);
        QoeInstance inst = TestInstances.random(rng, 2, 3, 30, 500);
        Market market = new Market(inst, new JointAllocation());
        Outcome capped = new DualPerturbation(DualPerturbationConfig.paperLiteral().withMaxIterations(5)).solve(market, rng);
        assertThat(capped.iterations()).isEqualTo(5);
        assertThat(capped.converged()).isFalse();
        // a huge ε would stop at once; the minimum holds it to 300 iterations
        Outcome held = new DualPerturbation(DualPerturbationConfig.paperLiteral().withEpsilon(1e9).withMinIterations(300))
                .solve(market, rng);
        assertThat(held.iterations()).isEqualTo(300);
        assertThat(held.converged()).isTrue();
    }

    @Test
    void trajectoryIsDeterministicForASeed() {
        QoeInstance inst = TestInstances.random(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), 2, 5, 30, 500);
        DualPerturbation solver = new DualPerturbation(DualPerturbationConfig.defaults());
        Outcome a = solver.solve(new Market(inst, new JointAllocation()), RandomSource.XO_RO_SHI_RO_128_PP.create(8L));
        Outcome b = solver.solve(new Market(inst, new JointAllocation()), RandomSource.XO_RO_SHI_RO_128_PP.create(8L));
        assertThat(a.r()).isDeepEqualTo(b.r());
        assertThat(a.iterations()).isEqualTo(b.iterations());
    }

    static double relErr(double x, double ref) {
        return Math.abs(x - ref) / Math.abs(ref);
    }
}
