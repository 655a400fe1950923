package io.aigcnet.chain.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.node.ChainNode;
import io.aigcnet.chain.sim.faults.SafetyMonitor;
import io.aigcnet.core.runtime.sim.NetworkModel;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A super node killed at any point of a round restarts with exactly the votes and lock it had, keeps
 * voting as a correct validator, and never signs a statement that conflicts with one of its earlier life.
 */
class CrashSafetyTest {
    // 100 ms one-way latency: a round's phases (proposal, prevotes, precommits, commit) each last about one
    // network delay, so crash points 20 ms apart land in every phase, including the lock-held window
    private static final NetworkModel SLOW = new NetworkModel(100_000_000L, 20_000_000L, 0, 0, 0, 0, 0);
    private static final int STEPS = 40;
    private static final long STEP_NANOS = 25_000_000L;

    @Test
    void killedAtEveryStepOfARoundItComesBackWithItsVotesAndLock() {
        int withLock = 0;
        int withVotes = 0;
        for (int step = 0; step < STEPS; step++) {
            ChainScenario s = new ChainScenario(4_000 + step, 4, 1, SLOW);
            SafetyMonitor monitor = new SafetyMonitor(Set.of());
            s.chain.world().addTap((from, to, m, at) -> monitor.onSend(m));
            s.chain.startAll();
            s.load(4, 20, 10);
            double crashAt = 3.0 + step * STEP_NANOS / 1e9;
            s.chain.runUntilSeconds(crashAt);

            ChainNode before = s.chain.node(1);
            long height = before.decidingHeight();
            long lockedRound = before.lockedRound();
            Hash lockedBlock = before.lockedBlock();
            s.chain.crash(1);
            // half the kills come straight back, half stay down for most of a slot
            if (step % 2 == 1) {
                s.chain.runUntilSeconds(crashAt + 0.7);
            }
            boolean sameHeight = s.chain.store(1).height() + 1 == height;
            s.chain.restart(1);
            ChainNode after = s.chain.node(1);
            if (sameHeight) {
                assertThat(after.lockedRound()).as("lock round after a kill at step %d", step).isEqualTo(lockedRound);
                assertThat(Objects.equals(after.lockedBlock(), lockedBlock)).as("locked block after a kill at step %d", step)
                        .isTrue();
                withLock += lockedRound >= 0 ? 1 : 0;
                withVotes += after.restoredJournalRecords() > 0 ? 1 : 0;
            }

            s.chain.runUntilSeconds(10);
            assertThat(monitor.violations()).as("step %d", step).isEmpty();
            s.assertSafe();
            // back as a correct, live validator: it finalises with the others
            assertThat(s.chain.node(1).finalizedHeight()).as("step %d", step)
                    .isGreaterThanOrEqualTo(s.chain.node(0).finalizedHeight() - 1).isGreaterThan(height);
        }
        // the sweep must actually hit the windows it is about
        assertThat(withLock).as("kills that found the node holding a lock").isGreaterThan(0);
        // a height's statements are made in the first ~3 network delays of its slot and dropped at commit, so
        // roughly a quarter of the kill points find a non-empty journal
        assertThat(withVotes).as("kills after which journaled votes were restored").isGreaterThanOrEqualTo(STEPS / 8);
    }

    @Test
    void theJournalHoldsOnlyTheHeightBeingDecided() {
        ChainScenario s = new ChainScenario(77, 4, 0, NetworkModel.lan());
        s.chain.startAll();
        s.load(0, 20, 20);
        s.chain.runUntilSeconds(20);
        var journal = (io.aigcnet.chain.store.MemoryConsensusJournal) s.chain.store(0).journal();
        // a proposal, a lock, prevotes and precommits of at most a few rounds of one height
        assertThat(journal.size()).isLessThanOrEqualTo(12);
        assertThat(s.chain.node(0).finalizedHeight()).isGreaterThan(10);
    }
}
