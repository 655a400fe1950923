package io.aigcnet.layer2.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.channel.sim.ChannelScenario;
import io.aigcnet.layer2.channel.sim.ScenarioConfig;
import io.aigcnet.layer2.channel.sim.ScenarioResult;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Deterministic simulation over 1000 seeds: each seed draws its own fault mix (loss, duplication,
 * reordering, instruction delays, crash-restarts of either party at any step, honest or stale close)
 * and the run must satisfy every channel invariant of {@link ChannelScenarioTest#assertInvariants}.
 */
class ChannelPropertyTest {
    static final long MS = 1_000_000L;
    static final int SEEDS = 1000;

    static ScenarioConfig randomConfig(long seed) {
        UniformRandomProvider r = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 7919 + 17);
        double loss = new double[] {0, 0, 0.05, 0.15, 0.3}[r.nextInt(5)];
        NetworkModel net = new NetworkModel(r.nextInt(20) * MS, r.nextInt(20) * MS, 0, loss,
                r.nextDouble() * 0.1, r.nextDouble() * 0.2, r.nextInt(400) * MS);
        double delayP = r.nextDouble() * 0.5;
        long delay = r.nextInt(600) * MS; // straddles the 300 ms step timers: some delays trigger rollbacks
        int crashes = r.nextInt(4);
        return ScenarioConfig.small().withRounds(1 + r.nextInt(5), 1_000)
                .withFaults(net, delayP, delay, crashes, 3_000 * MS)
                .withStaleClose(r.nextInt(3));
    }

    @Test
    void atomicityConservationAndStaleCloseHoldOverThousandSeeds() {
        int completedRounds = 0;
        int rolledBack = 0;
        int enforced = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            ScenarioConfig cfg = randomConfig(seed);
            ScenarioResult res = ChannelScenario.run(cfg, seed);
            ChannelScenarioTest.assertInvariants(res, "seed " + seed + " " + cfg);
            completedRounds += res.ownedByClient().size();
            rolledBack += (int) res.clientRounds().stream().filter(o -> !o.completed()).count();
            enforced += (int) res.clientRounds().stream().filter(RoundOutcome::committedOnChain).count();
        }
        // the fault mix must actually exercise every path, or the property is vacuous
        System.out.printf("channel property: %d seeds, %d rounds settled, %d rolled back, %d enforced on chain%n",
                SEEDS, completedRounds, rolledBack, enforced);
        assertThat(completedRounds).isGreaterThan(SEEDS / 2);
        assertThat(rolledBack).isGreaterThan(20);
        assertThat(enforced).isGreaterThan(0);
    }
}
