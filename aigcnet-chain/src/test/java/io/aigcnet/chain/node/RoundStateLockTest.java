package io.aigcnet.chain.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.consensus.HeightVotes;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.validation.Verdict;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Why the lock must survive a crash (Tendermint's locking rule): a node locked on B in round 0 must not
 * prevote a different block B' proposed in round 1 without a proof-of-lock; it prevotes nil. A node that
 * forgot its lock (a restart without the journal) prevotes B', which with f byzantine nodes can finalise
 * two blocks at one height.
 */
class RoundStateLockTest {
    private final SignatureScheme scheme = SignatureScheme.ed25519();
    private final KeyPair proposer = KeyPair.generate(RandomSource.SPLIT_MIX_64.create(1L));

    private Block block(long slot) {
        return Block.produce(1, slot, Hash.ZERO, slot * 1_000_000_000L, List.of(), Optional.empty(), List.of(), proposer, scheme);
    }

    private RoundState.Decision decideOnFreshProposal(RoundState rs, Block other) {
        HeightVotes votes = new HeightVotes(1);
        votes.add(Vote.sign(VoteKind.PROPOSAL, 1, 1, other.hash(), -1, proposer, scheme));
        votes.addBlock(other);
        rs.checkedAs(other.hash(), new BlockChecker.Result(Verdict.OK, null));
        return rs.decide(votes, 1, 3, true);
    }

    @Test
    void aRestoredLockMakesTheNodePrevoteNilOnAConflictingProposal() {
        Block locked = block(0);
        Block other = block(1);
        RoundState restored = new RoundState();
        restored.restoreLock(0, locked);
        assertThat(decideOnFreshProposal(restored, other)).isEqualTo(new RoundState.Cast(VoteKind.PREVOTE, 1, Hash.ZERO));

        RoundState amnesiac = new RoundState(); // what a restart without the journal would give
        assertThat(decideOnFreshProposal(amnesiac, other)).isEqualTo(new RoundState.Cast(VoteKind.PREVOTE, 1, other.hash()));
    }

    @Test
    void restoringKeepsTheHighestLockAndTheValidBlock() {
        Block b0 = block(0);
        Block b2 = block(2);
        RoundState rs = new RoundState();
        rs.restoreLock(2, b2);
        rs.restoreLock(0, b0);
        assertThat(rs.lockedRound()).isEqualTo(2);
        assertThat(rs.lockedBlock()).isEqualTo(b2.hash());
        assertThat(rs.validBlock()).isEqualTo(b2);
        assertThat(rs.validRound()).isEqualTo(2);
    }
}
