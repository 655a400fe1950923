package io.aigcnet.mechanism.qoe.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.mechanism.qoe.fixture.GeneratorSettings;
import io.aigcnet.mechanism.qoe.fixture.InstanceGenerator;
import io.aigcnet.mechanism.qoe.follower.JointAllocation;
import io.aigcnet.mechanism.qoe.model.QoeInstance;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The per-reward adaptive step reaches Algorithm 1's fixed point exactly, in few iterations. */
class AdaptiveStepTest {

    private static final DualPerturbation FAST = new DualPerturbation(DualPerturbationConfig.defaults());

    @Test
    void stepRuleGrowsOnRepeatsAndShrinksOtherwise() {
        AdaptiveStep a = AdaptiveStep.of(0.01);
        assertThat(a.next(0.01, 1, 1, 1)).isEqualTo(0.012);
        assertThat(a.next(0.01, -1, -1, 1)).isEqualTo(0.012);
        assertThat(a.next(0.9, 1, 1, 1)).isEqualTo(1); // capped at the reward range
        assertThat(a.next(0.01, 1, 0, 1)).isEqualTo(0.01); // first move keeps the step
        assertThat(a.next(0.01, -1, 1, 1)).isEqualTo(0.005); // reversal
        assertThat(a.next(0.01, 0, 1, 1)).isEqualTo(0.005); // stay (centre best or clipped)
        assertThat(StepSchedule.parse("adaptive:0.02")).isEqualTo(AdaptiveStep.of(0.02));
        assertThatThrownBy(() -> StepSchedule.parse("adaptive:-1")).hasMessageContaining("positive");
        assertThatThrownBy(() -> StepSchedule.parse("rprop:1")).hasMessageContaining("adaptive, constant or diminishing");
    }

    @Test
    void matchesTheReferenceEquilibriumTo1e6OnInteriorInstances() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(41L);
        int checked = 0;
        for (int trial = 0; trial < 20; trial++) {
            QoeInstance inst = TestInstances.random(rng, 1 + trial % 5, 2 + trial, 1e4, 1e5);
            Market market = new Market(inst, new JointAllocation());
            double[][] ref = ReferenceEquilibrium.rewards(inst);
            Outcome out = FAST.solve(market, rng);
            assertThat(out.converged()).isTrue();
            assertThat(ReferenceEquilibrium.isInterior(inst, out)).isTrue();
            Outcome atRef = market.evaluate(ref);
            for (int n = 0; n < inst.aspCount(); n++) {
                for (int m = 0; m < inst.muCount(); m++) {
                    String where = "trial " + trial + " pair " + n + "," + m;
                    assertThat(LeaderTest.relErr(out.r(n, m), ref[n][m])).as(where).isLessThan(1e-6);
                    assertThat(LeaderTest.relErr(out.q(n, m), atRef.q(n, m))).as(where).isLessThan(1e-6);
                    assertThat(LeaderTest.relErr(out.f(n, m), atRef.f(n, m))).as(where).isLessThan(1e-6);
                    assertThat(LeaderTest.relErr(out.b(n, m), atRef.b(n, m))).as(where).isLessThan(1e-6);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void convergesOnAHundredRandomTableIiiInstances() {
        // M = 25, N = 5 as in the benchmark; every run must stop by its own rule, and where the
        // capacities are slack (the reference oracle applies) at the exact equilibrium
        InstanceGenerator gen = new InstanceGenerator(GeneratorSettings.defaults());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(43L);
        int interior = 0;
        for (int i = 0; i < 100; i++) {
            QoeInstance inst = gen.generate(5, 25, rng).toInstance();
            Market market = new Market(inst, new JointAllocation());
            Outcome out = FAST.solve(market, rng);
            assertThat(out.converged()).as("instance %d", i).isTrue();
            assertThat(out.iterations()).as("instance %d", i).isLessThan(500);
            if (ReferenceEquilibrium.isInterior(inst, out)) {
                interior++;
                double[][] ref = ReferenceEquilibrium.rewards(inst);
                for (int n = 0; n < 5; n++) {
                    for (int m = 0; m < 25; m++) {
                        assertThat(LeaderTest.relErr(out.r(n, m), ref[n][m])).as("instance %d pair %d,%d", i, n, m)
                                .isLessThan(1e-6);
                    }
                }
            } else {
                assertThat(LeaderTest.maxCoordinateGain(market, out.r())).as("instance %d", i).isLessThan(1e-6);
            }
        }
        assertThat(interior).isGreaterThan(50);
    }

    @Test
    void aRewardNextToItsBoundStillMovesOff() {
        // a move that lands a rounding error above R^min snaps onto it; otherwise the next
        // perturbation measures only noise and the three-point rule can freeze there
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(47L);
        QoeInstance inst = TestInstances.random(rng, 2, 3, 1e4, 1e5);
        Market market = new Market(inst, new JointAllocation());
        double[][] start = new double[2][3];
        for (double[] row : start) {
            java.util.Arrays.fill(row, 0.001 + 1e-18);
        }
        Outcome out = FAST.solve(market, start);
        double[][] ref = ReferenceEquilibrium.rewards(inst);
        assertThat(out.converged()).isTrue();
        for (int n = 0; n < 2; n++) {
            for (int m = 0; m < 3; m++) {
                assertThat(LeaderTest.relErr(out.r(n, m), ref[n][m])).isLessThan(1e-6);
            }
        }
    }

    @Test
    void bindingCapacitiesEndAtANashEquilibrium() {
        // users compete through a binding capacity: no unilateral move of one reward (golden-section
        // search, exact follower) gains more than rounding, for both update orders
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(23L);
        for (int trial = 0; trial < 6; trial++) {
            QoeInstance inst = TestInstances.random(rng, 2, 3 + trial, 2.2 + trial, 500);
            Market market = new Market(inst, new JointAllocation());
            double[][] start = DualPerturbation.randomStart(inst, rng);
            for (UpdateOrder order : UpdateOrder.values()) {
                Outcome alg = new DualPerturbation(DualPerturbationConfig.defaults().withOrder(order)).solve(market, start);
                double gain = LeaderTest.maxCoordinateGain(market, alg.r());
                assertThat(alg.converged()).isTrue();
                assertThat(gain).isLessThan(1e-6);
            }
        }
    }
}
