package io.aigcnet.mechanism.datasharing.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import io.aigcnet.mechanism.datasharing.model.Utilities;
import io.aigcnet.mechanism.datasharing.solver.OptimalContractSolver;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ContractDesignEnvTest {

    final ContractReward reward = ContractReward.paper(MarketParams.PAPER);

    ContractDesignEnv env(StateDistribution d, int z) {
        return new ContractDesignEnv(d, ActionCodec.standard(d.types()), reward, z);
    }

    @Test
    void spacesFollowTheStateAndActionLayout() {
        ContractDesignEnv e = env(StateDistribution.paper(), 10);
        assertThat(e.observationSpace().dimension()).isEqualTo(8);
        assertThat(e.actionSpace().dimension()).isEqualTo(4);
        ContractDesignEnv e3 = env(StateDistribution.evenTypes(3, 1, 15), 10);
        assertThat(e3.observationSpace().dimension()).isEqualTo(10);
        Space.Box box = (Space.Box) e3.actionSpace();
        assertThat(box.low()).containsOnly(-1.0);
        assertThat(box.high()).containsOnly(1.0);
        assertThat(e3.actionSpace().dimension()).isEqualTo(6);
    }

    @Test
    void rewardIsBsUtilityWhenFeasibleAndExactlyThePenaltyOtherwise() {
        ContractDesignEnv e = env(StateDistribution.paper(), 100);
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(3);
        double[] obs = e.reset(rng);
        OptimalContractSolver solver = new OptimalContractSolver();
        for (int i = 0; i < 50; i++) {
            NetworkState s = NetworkState.fromVector(obs);
            Contract opt = solver.solve(s, MarketParams.PAPER);
            Step st = e.step(e.codec().encode(opt, s));
            // the codec round trip moves f and r by ~1e-16, so the optimum stays feasible at tolerance 1e-9
            assertThat(st.reward()).isCloseTo(Utilities.bsUtility(opt, s, MarketParams.PAPER), within(1e-6));
            assertThat(st.reward()).isBetween(1600.0, 2750.0);
            obs = st.observation();
        }
        NetworkState s = e.currentState();
        // everyone pays nothing but must update at f=0.5: IR fails -> exactly -500
        Contract bad = new Contract(new double[] {0.5, 0.5}, new double[] {0, 0});
        Step st = e.step(e.codec().encode(bad, s));
        assertThat(st.reward()).isEqualTo(-500.0);
        assertThat(e.lastOutcome().feasibility().describe()).contains("IR(1)").contains("IR(2)");
        assertThat(Utilities.bsUtility(bad, s, MarketParams.PAPER)).isPositive();
    }

    @Test
    void episodesAreTruncatedAfterZRoundsAndStatesAreFreshDraws() {
        ContractDesignEnv e = env(StateDistribution.paper(), 5);
        double[] obs = e.reset(RandomSource.SPLIT_MIX_64.create(4));
        List<double[]> seen = new ArrayList<>();
        seen.add(obs);
        for (int z = 1; z <= 5; z++) {
            Step st = e.step(new double[] {0, 0, 0, 0});
            assertThat(st.terminated()).isFalse();
            assertThat(st.truncated()).isEqualTo(z == 5);
            seen.add(st.observation());
        }
        assertThat(seen.get(1)).isNotEqualTo(seen.get(0));
        assertThatThrownBy(() -> e.step(new double[] {0, 0, 0, 0})).hasMessageContaining("reset");
    }

    @Test
    void sameSeedSameTrajectory() {
        ContractDesignEnv a = env(StateDistribution.paper(), 20), b = env(StateDistribution.paper(), 20);
        double[] oa = a.reset(RandomSource.SPLIT_MIX_64.create(9)), ob = b.reset(RandomSource.SPLIT_MIX_64.create(9));
        assertThat(oa).containsExactly(ob);
        for (int i = 0; i < 20; i++) {
            double[] act = {0.1 * i - 1, -0.5, -0.8, -0.7};
            Step sa = a.step(act), sb = b.step(act);
            assertThat(sa.reward()).isEqualTo(sb.reward());
            assertThat(sa.observation()).containsExactly(sb.observation());
        }
    }

    @Test
    void stateDistributionRespectsItsRanges() {
        StateDistribution d = StateDistribution.paper();
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(5);
        double q1Sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            NetworkState s = d.sample(rng);
            assertThat(s.aMax()).isBetween(0.5, 1.0);
            assertThat(s.dMax()).isBetween(0.5, 1.0);
            assertThat(s.phi(0)).isBetween(1.0, 8.0);
            assertThat(s.phi(1)).isBetween(8.0, 15.0);
            q1Sum += s.q(0);
        }
        // Dir(1,1): Q_1 ~ U(0,1), mean 1/2; 4 standard errors = 4 * sqrt(1/12 / 20000) = 0.0082
        assertThat(q1Sum / n).isCloseTo(0.5, within(0.0082));
        StateDistribution ints = new StateDistribution(40, new double[] {0.5, 1}, new double[] {0.5, 1}, new double[] {1, 1},
                new double[][] {{1, 8}, {8, 15}}, true);
        for (int i = 0; i < 200; i++) {
            NetworkState s = ints.sample(rng);
            assertThat(s.phi(0)).isEqualTo(Math.rint(s.phi(0)));
        }
    }

    @Test
    void codecMapsTheBoxAndClips() {
        ActionCodec c = ActionCodec.standard(2);
        Contract lo = c.decodeBox(new double[] {-1, -5, -1, -1});
        assertThat(lo.f()).containsExactly(0.001, 0.001);
        assertThat(lo.r()).containsExactly(0.0, 0.0);
        Contract mid = c.decodeBox(new double[] {0, 1, 0, 7});
        assertThat(mid.f()).containsExactly(new double[] {0.5005, 1.0}, within(1e-15));
        assertThat(mid.r()).containsExactly(new double[] {0.5, 1.0}, within(1e-15));
        assertThat(c.decodeBox(c.encode(mid, null)).f()).containsExactly(mid.f(), within(1e-15));
        assertThatThrownBy(() -> c.decodeBox(new double[] {0, 0, 0})).hasMessageContaining("2K = 4");
    }
}
