package io.aigcnet.chain.node;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.consensus.HeightVotes;
import io.aigcnet.chain.crypto.Hash;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A super node's consensus state for the height being decided (locks, the valid block, what it already
 * voted, which proposals it has checked) and the decision rule: Tendermint's upon-rules with the round
 * equal to the current slot. {@link #decide} says what to do next; the node carries it out.
 */
final class RoundState {
    /** What the node should do next. */
    sealed interface Decision permits CommitNow, Cast, Idle {
    }

    /** A block has 2/3+1 precommits in one round and is known valid. */
    record CommitNow(Block block, CommitCertificate certificate, BlockChecker.Result result) implements Decision {
    }

    /** Sign and send a prevote or precommit ({@link Hash#ZERO} = nil). */
    record Cast(VoteKind kind, long round, Hash block) implements Decision {
    }

    /** Nothing to do until more messages or a timer arrive. */
    enum Idle implements Decision {
        INSTANCE
    }

    private final Map<Hash, BlockChecker.Result> checked = new HashMap<>();
    private final Set<Hash> checking = new HashSet<>();
    private final Set<Long> prevoted = new HashSet<>();
    private final Set<Long> precommitted = new HashSet<>();
    private Hash lockedBlock;
    private long lockedRound = -1;
    private Block validBlock;
    private long validRound = -1;
    private Hash lastValidChecked;

    void reset() {
        checked.clear();
        checking.clear();
        prevoted.clear();
        precommitted.clear();
        lockedBlock = null;
        lockedRound = -1;
        validBlock = null;
        validRound = -1;
        lastValidChecked = null;
    }

    /** True the first time a block is submitted for checking. */
    boolean startChecking(Hash block) {
        return !checked.containsKey(block) && checking.add(block);
    }

    void checkedAs(Hash block, BlockChecker.Result r) {
        checked.put(block, r);
        if (r.verdict().ok()) {
            lastValidChecked = block;
        }
    }

    /**
     * The block of this height this node most recently found valid, or null. A proposer whose round comes
     * while such a block is still undecided proposes it again: every super node that checked it can vote at
     * once, so a block that takes longer than a slot to check still gets decided (instead of each new round
     * bringing a bigger, fresh block that again takes longer than a slot).
     */
    Hash lastValidChecked() {
        return lastValidChecked;
    }

    BlockChecker.Result result(Hash block) {
        return checked.get(block);
    }

    boolean valid(Hash block) {
        BlockChecker.Result r = checked.get(block);
        return r != null && r.verdict().ok();
    }

    /** The block to re-propose (Tendermint's validValue), or null. */
    Block validBlock() {
        return validBlock;
    }

    long validRound() {
        return validRound;
    }

    /** Locked block and round, or null / -1 (tests and the consensus journal). */
    Hash lockedBlock() {
        return lockedBlock;
    }

    long lockedRound() {
        return lockedRound;
    }

    boolean hasVoted(VoteKind kind, long round) {
        return (kind == VoteKind.PREVOTE ? prevoted : precommitted).contains(round);
    }

    /** Restores the lock a previous life of this node journaled (a lock is also Tendermint's valid value). */
    void restoreLock(long round, Block block) {
        if (round > lockedRound) {
            lockedBlock = block.hash();
            lockedRound = round;
            validBlock = block;
            validRound = round;
        }
    }

    void voted(VoteKind kind, long round) {
        (kind == VoteKind.PREVOTE ? prevoted : precommitted).add(round);
    }

    Decision decide(HeightVotes votes, long round, int quorum, boolean isSuper) {
        for (long r : votes.precommitRounds()) {
            Optional<Hash> q = votes.quorumValue(VoteKind.PRECOMMIT, r, quorum);
            if (q.isPresent() && !q.get().equals(Hash.ZERO) && valid(q.get())) {
                return new CommitNow(votes.block(q.get()).orElseThrow(), votes.certificate(r, q.get()), checked.get(q.get()));
            }
        }
        if (!isSuper || round < 0) {
            return Idle.INSTANCE;
        }
        Optional<Vote> pv = votes.proposal(round);
        if (pv.isEmpty()) {
            return Idle.INSTANCE;
        }
        Hash bh = pv.get().blockHash();
        if (!prevoted.contains(round) && checked.containsKey(bh)) {
            long vr = pv.get().polRound();
            boolean ok = valid(bh);
            if (vr < 0) {
                return new Cast(VoteKind.PREVOTE, round, ok && (lockedRound < 0 || bh.equals(lockedBlock)) ? bh : Hash.ZERO);
            }
            if (vr < round && votes.quorumValue(VoteKind.PREVOTE, vr, quorum).filter(bh::equals).isPresent()) {
                return new Cast(VoteKind.PREVOTE, round, ok && (lockedRound <= vr || bh.equals(lockedBlock)) ? bh : Hash.ZERO);
            }
        }
        if (!precommitted.contains(round) && valid(bh) && votes.quorumValue(VoteKind.PREVOTE, round, quorum).filter(bh::equals).isPresent()) {
            lockedBlock = bh;
            lockedRound = round;
            validBlock = votes.block(bh).orElseThrow();
            validRound = round;
            return new Cast(VoteKind.PRECOMMIT, round, bh);
        }
        return Idle.INSTANCE;
    }
}
