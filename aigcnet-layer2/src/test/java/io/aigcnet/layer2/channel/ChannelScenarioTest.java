package io.aigcnet.layer2.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.channel.sim.ChannelScenario;
import io.aigcnet.layer2.channel.sim.ScenarioConfig;
import io.aigcnet.layer2.channel.sim.ScenarioResult;
import io.aigcnet.chain.crypto.Hash;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChannelScenarioTest {
    static final long MS = 1_000_000L;

    /** Asserts every invariant of P2 on one run; the message names the seed. */
    static void assertInvariants(ScenarioResult r, String what) {
        assertThat(r.settlement()).as(what + ": channel settled").isNotNull();
        assertThat(r.supplyAfter()).as(what + ": total supply conserved").isEqualTo(r.supplyBefore());
        long owed = r.feesOfOwnedOutputs();
        assertThat(r.clientBefore() - r.clientAfter()).as(what + ": client paid exactly for what it owns").isEqualTo(owed);
        assertThat(r.maspAfter() - r.maspBefore()).as(what + ": MASP earned exactly the fees of what it sold")
                .isEqualTo(owed - ChannelScenario.ESTABLISH_FEE);
        assertThat(r.settlement().paid()).as(what + ": settled Σf").isEqualTo(owed);
        // the client proves each owned output against the registered root, and the root holds no more than those
        assertThat(r.settlement().transfers()).as(what + ": registered = owned").isEqualTo(r.ownedByClient().size());
        Set<Hash> clientDone = r.clientRounds().stream().filter(o -> o.completed() && !o.committedOnChain())
                .map(o -> o.transfer().outputKey()).collect(Collectors.toSet());
        Set<Hash> maspDone = r.maspRounds().stream().filter(RoundOutcome::completed)
                .map(o -> o.transfer().outputKey()).collect(Collectors.toSet());
        // transfers the client tried but never completed (every attempt rolled back), when nothing went to chain
        boolean enforced = r.clientRounds().stream().anyMatch(RoundOutcome::committedOnChain);
        Set<Hash> clientRolledBack = r.clientRounds().stream().filter(o -> !o.completed() && !enforced)
                .map(o -> o.transfer().outputKey()).filter(k -> !clientDone.contains(k) && !maspDone.contains(k))
                .collect(Collectors.toSet());
        for (Hash k : clientDone) {
            assertThat(r.ownedByClient()).as(what + ": client never loses a round it completed").contains(k);
        }
        for (Hash k : maspDone) {
            assertThat(r.ownedByClient()).as(what + ": MASP is paid for every round it completed").contains(k);
        }
        for (Hash k : clientRolledBack) {
            assertThat(r.ownedByClient()).as(what + ": a rolled-back round leaves no trace").doesNotContain(k);
        }
        long[] a = r.atomicity(ChannelScenario.ESTABLISH_FEE);
        assertThat(a[1]).as(what + ": every transfer atomic").isEqualTo(a[0]);
    }

    @Test
    void happyPathCompletesEveryRoundAndSettlesSumOfFees() {
        ScenarioResult r = ChannelScenario.run(ScenarioConfig.small(), 1);
        assertInvariants(r, "seed 1");
        // 5 rounds × fee 100 (hand count): all complete on a fault-free LAN
        assertThat(r.clientRounds()).hasSize(5).allMatch(RoundOutcome::completed);
        assertThat(r.maspRounds()).hasSize(5).allMatch(RoundOutcome::completed);
        assertThat(r.settlement().paid()).isEqualTo(500);
        assertThat(r.settlement().refunded()).isEqualTo(500);
        assertThat(r.ownedByClient()).hasSize(5);
    }

    @Test
    void roundLatencyIsThreeRoundTripsOnLan() {
        ScenarioResult r = ChannelScenario.run(ScenarioConfig.small(), 2);
        // 6 one-way messages a..f, each 5 ms + U[0,2) ms jitter on NetworkModel.lan(): client round in [30, 42) ms
        for (RoundOutcome o : r.clientRounds()) {
            assertThat(o.latencyNanos()).isBetween(30 * MS, 42 * MS);
        }
    }

    @Test
    void staleCloseByClientIsDefeatedByTheMaspsLatestState() {
        ScenarioResult r = ChannelScenario.run(ScenarioConfig.small().withStaleClose(1), 3);
        assertInvariants(r, "seed 3");
        assertThat(r.settlement().finalSeq()).isGreaterThan(0);
        assertThat(r.settlement().paid()).isEqualTo(500);
    }

    @Test
    void staleCloseByMaspIsDefeatedByTheClientsLatestState() {
        ScenarioResult r = ChannelScenario.run(ScenarioConfig.small().withStaleClose(2), 4);
        assertInvariants(r, "seed 4");
        assertThat(r.ownedByClient()).hasSize(5);
    }

    @Test
    void totalLossOfTheMaspAfterLockRollsEveryRoundBack() {
        // every message dropped after establishment would stall; instead: 100% instruction delay beyond all timers
        ScenarioConfig c = ScenarioConfig.small().withFaults(NetworkModel.lan(), 1.0, 5_000 * MS, 0, 0);
        ScenarioResult r = ChannelScenario.run(c, 5);
        assertInvariants(r, "seed 5");
        assertThat(r.clientRounds()).isNotEmpty();
    }
}
