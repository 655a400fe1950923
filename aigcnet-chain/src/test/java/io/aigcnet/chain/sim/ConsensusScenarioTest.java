package io.aigcnet.chain.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsensusScenarioTest {

    @Test
    void healthyChainFinalisesBlocksAndTransactionsOnEveryNode() {
        ChainScenario s = new ChainScenario(1, 4, 2, NetworkModel.lan());
        s.chain.startAll();
        s.load(4, 50, 20);
        s.chain.runUntilSeconds(25);
        assertThat(s.minFinalised(0, 1, 2, 3, 4, 5)).isGreaterThanOrEqualTo(20);
        long txs = 0;
        for (long h = 1; h <= s.chain.store(5).height(); h++) {
            txs += s.chain.store(5).get(h).orElseThrow().block().txs().size();
        }
        assertThat(txs).isEqualTo(s.submitted);
        assertThat(s.chain.node(0).balance(s.clients.get(0).address()))
                .isEqualTo(s.chain.node(5).balance(s.clients.get(0).address()));
        s.assertSafe();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void crashOfFOutOfThreeFPlusOneSuperNodesDoesNotStopTheChain(long seed) {
        // f = 1 of 4, and f = 2 of 7
        int superNodes = seed % 2 == 0 ? 7 : 4;
        int f = (superNodes - 1) / 3;
        ChainScenario s = new ChainScenario(seed, superNodes, 1, NetworkModel.lan().withFaults(0.02, 0.02, 0.05, 30_000_000));
        s.chain.startAll();
        s.load(superNodes, 20, 40);
        s.chain.runUntilSeconds(5);
        for (int i = 0; i < f; i++) {
            s.chain.crash(i);
        }
        long before = s.minFinalised(f);
        s.chain.runUntilSeconds(40);
        // 35 slots remain, of which the crashed producers own f/S; most of the rest must finalise
        assertThat(s.minFinalised(superNodes) - before).isGreaterThan(12);
        s.assertSafe();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void partitionAndHealNeverFinaliseConflictingBlocks(long seed) {
        ChainScenario s = new ChainScenario(seed, 4, 2, NetworkModel.lan().withFaults(0.05, 0.05, 0.1, 50_000_000));
        s.chain.startAll();
        s.load(4, 20, 60);
        s.chain.runUntilSeconds(5);
        // a 2/2 split: neither side has a quorum of 3
        s.chain.partition(List.of(Set.of(0, 1, 4), Set.of(2, 3, 5)));
        long[] at = new long[4];
        for (int i = 0; i < 4; i++) {
            at[i] = s.chain.node(i).finalizedHeight();
        }
        long during = s.minFinalised(0, 1, 2, 3);
        s.chain.runUntilSeconds(20);
        for (int i = 0; i < 4; i++) {
            // at most the block whose votes were already in flight
            assertThat(s.chain.node(i).finalizedHeight()).isLessThanOrEqualTo(at[i] + 1);
        }
        s.chain.heal();
        s.chain.runUntilSeconds(40);
        // a 3/1 split: the majority goes on, the minority cannot finalise anything of its own
        s.chain.partition(List.of(Set.of(0, 1, 2, 4), Set.of(3, 5)));
        s.chain.runUntilSeconds(50);
        s.chain.heal();
        s.chain.runUntilSeconds(65);
        assertThat(s.minFinalised(0, 1, 2, 3, 4, 5)).isGreaterThan(during + 20);
        s.assertSafe();
    }

    /**
     * Blocks that take longer than a slot to check (15 ms per transaction, 100 per block: 1.5 s against 1 s
     * slots). If each round brought a fresh block, no block would ever be checked in time; a proposer that
     * proposes again the block it has already found valid lets the chain go on.
     */
    @Test
    void blocksSlowerToCheckThanASlotStillFinalise() {
        ChainScenario s = new ChainScenario(21, 4, 0, NetworkModel.lan());
        io.aigcnet.chain.consensus.NodeOptions d = io.aigcnet.chain.consensus.NodeOptions.defaults();
        for (int i = 0; i < 4; i++) {
            s.chain.setOptions(i, new io.aigcnet.chain.consensus.NodeOptions(d.poolOrdering(), d.poolCapacity(), 15_000_000L,
                    d.gossipIntervalNanos(), false));
        }
        s.chain.startAll();
        s.load(0, 60, 10);
        s.chain.runUntilSeconds(60);
        long txs = 0;
        for (long h = 1; h <= s.chain.store(0).height(); h++) {
            txs += s.chain.store(0).get(h).orElseThrow().block().txs().size();
        }
        assertThat(txs).isEqualTo(s.submitted);
        s.assertSafe();
    }
}
