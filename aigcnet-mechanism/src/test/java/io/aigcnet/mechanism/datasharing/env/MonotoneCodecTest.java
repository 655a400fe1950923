package io.aigcnet.mechanism.datasharing.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.solver.FrequencyBounds;
import io.aigcnet.mechanism.datasharing.solver.OptimalContractSolver;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The monotone cumulative action design: every action is an IR- and IC-feasible menu. */
class MonotoneCodecTest {

    private static final IncentiveConstraints IRIC = new IncentiveConstraints(IncentiveConstraints.DEFAULT_TOLERANCE);

    private static ActionCodec codec(int k) {
        return ActionCodec.standard(k).withDesign(ActionCodec.Design.MONOTONE);
    }

    @Test
    void everyActionDecodesToAFeasibleMenu() {
        // K = 2, 3, 5, types in any order, actions anywhere (also far outside the box)
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7);
        int checked = 0;
        for (int k : new int[] {2, 3, 5}) {
            StateDistribution states = StateDistribution.evenTypes(k, 1, 15);
            ActionCodec c = codec(k);
            for (int i = 0; i < 2000; i++) {
                NetworkState s = shuffled(states.sample(rng), rng);
                double[] a = new double[2 * k];
                for (int j = 0; j < a.length; j++) {
                    a[j] = i % 10 == 0 ? (rng.nextBoolean() ? 3 : -3) : 2.4 * rng.nextDouble() - 1.2;
                }
                Contract menu = c.decode(a, s);
                assertThat(IRIC.check(menu, s).feasible()).as("K=%d draw %d", k, i).isTrue();
                for (int t = 0; t < k; t++) {
                    assertThat(menu.f(t)).isBetween(0.001, 1.0);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6000);
    }

    @Test
    void theExactOptimumIsRepresentableAndRoundTrips() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(8);
        OptimalContractSolver solver = new OptimalContractSolver();
        for (int k : new int[] {2, 3}) {
            StateDistribution states = k == 2 ? StateDistribution.paper() : StateDistribution.evenTypes(3, 1, 15);
            ActionCodec c = codec(k);
            for (int i = 0; i < 200; i++) {
                NetworkState s = states.sample(rng);
                Contract opt = solver.solve(s, MarketParams.PAPER);
                double[] a = c.encode(opt, s);
                Contract back = c.decode(a, s);
                for (int t = 0; t < k; t++) {
                    assertThat(back.f(t)).isCloseTo(opt.f(t), within(1e-12));
                    assertThat(back.r(t)).isCloseTo(opt.r(t), within(1e-12));
                }
                // binding IR of the lowest type and binding downward ICs: the reward actions sit at -1
                for (int t = 0; t < k; t++) {
                    assertThat(a[k + t]).isCloseTo(-1, within(1e-9));
                }
            }
        }
    }

    @Test
    void handComputedDecoding() {
        // φ = (2, 12), u_f = (0.5, 0.5), u_r = (0, 1): f1 = 0.001 + 0.5·0.999 = 0.5005,
        // f2 = f1 + 0.5 (1 − f1) = 0.75025, r1 = f1/2 = 0.25025, r2 = r1 + (f2 − f1)/2 (upward IC binds)
        NetworkState s = new NetworkState(40, 0.9, 0.7, new double[] {0.8, 0.2}, new double[] {2, 12});
        Contract m = codec(2).decode(new double[] {0, 0, -1, 1}, s);
        assertThat(m.f()).containsExactly(new double[] {0.5005, 0.75025}, within(1e-15));
        assertThat(m.r()).containsExactly(new double[] {0.25025, 0.25025 + 0.24975 / 2}, within(1e-15));
        // the same action with the types listed the other way round gives the same items per type
        NetworkState swapped = new NetworkState(40, 0.9, 0.7, new double[] {0.2, 0.8}, new double[] {12, 2});
        Contract m2 = codec(2).decode(new double[] {0, 0, -1, 1}, swapped);
        assertThat(m2.f(1)).isEqualTo(m.f(0));
        assertThat(m2.r(0)).isEqualTo(m.r(1));
        assertThatThrownBy(() -> codec(2).decode(new double[] {0, 0, 0, 0}, null)).hasMessageContaining("state");
        assertThat(ActionCodec.Design.parse("box")).isEqualTo(ActionCodec.Design.BOX);
        assertThatThrownBy(() -> ActionCodec.Design.parse("cube")).hasMessageContaining("monotone or box");
        assertThat(new ActionCodec(2, FrequencyBounds.DEFAULT, 1).design()).isEqualTo(ActionCodec.Design.BOX);
    }

    private static NetworkState shuffled(NetworkState s, UniformRandomProvider rng) {
        int k = s.types();
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        double[] q = new double[k];
        double[] phi = new double[k];
        for (int i = 0; i < k; i++) {
            q[i] = s.q(p[i]);
            phi[i] = s.phi(p[i]);
        }
        return new NetworkState(s.devices(), s.aMax(), s.dMax(), q, phi);
    }
}
