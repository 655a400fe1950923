package io.aigcnet.chain.consensus;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statements seen for one height: proposals, prevotes and precommits per round, and the proposed
 * blocks by hash. Detects equivocation: a second statement of one kind and round from one super node for
 * a different block yields {@link Evidence}. Maps are ordered so iteration never depends on hash codes.
 */
public final class HeightVotes {
    private record Key(VoteKind kind, long round, Address validator) {
    }

    private final long height;
    private final Map<Key, Vote> first = new HashMap<>();
    private final TreeMap<Long, Map<Address, Vote>> prevotes = new TreeMap<>();
    private final TreeMap<Long, Map<Address, Vote>> precommits = new TreeMap<>();
    private final TreeMap<Long, Vote> proposals = new TreeMap<>();
    private final Map<Hash, Block> blocks = new HashMap<>();

    public HeightVotes(long height) {
        this.height = height;
    }

    public long height() {
        return height;
    }

    /**
     * Records a verified statement of this height. Returns evidence if it contradicts an earlier one
     * by the same signer (the later statement is then ignored).
     */
    public Optional<Evidence> add(Vote v) {
        if (v.height() != height) {
            throw new IllegalArgumentException("vote for height " + v.height() + " in votes of " + height);
        }
        Key k = new Key(v.kind(), v.round(), v.validator());
        Vote prev = first.putIfAbsent(k, v);
        if (prev != null) {
            return prev.blockHash().equals(v.blockHash()) ? Optional.empty() : Optional.of(new Evidence(prev, v));
        }
        switch (v.kind()) {
            case PROPOSAL -> proposals.put(v.round(), v);
            case PREVOTE -> prevotes.computeIfAbsent(v.round(), r -> new LinkedHashMap<>()).put(v.validator(), v);
            case PRECOMMIT -> precommits.computeIfAbsent(v.round(), r -> new LinkedHashMap<>()).put(v.validator(), v);
            default -> throw new IllegalStateException();
        }
        return Optional.empty();
    }

    /** True if exactly this signed statement is already recorded. */
    public boolean holds(Vote v) {
        return v.height() == height && v.equals(first.get(new Key(v.kind(), v.round(), v.validator())));
    }

    public void addBlock(Block b) {
        blocks.putIfAbsent(b.hash(), b);
    }

    public Optional<Block> block(Hash h) {
        return Optional.ofNullable(blocks.get(h));
    }

    public Optional<Vote> proposal(long round) {
        return Optional.ofNullable(proposals.get(round));
    }

    /** The block hash (possibly nil = ZERO) holding at least {@code quorum} statements of {@code kind} in {@code round}. */
    public Optional<Hash> quorumValue(VoteKind kind, long round, int quorum) {
        Map<Address, Vote> votes = (kind == VoteKind.PREVOTE ? prevotes : precommits).get(round);
        if (votes == null || votes.size() < quorum) {
            return Optional.empty();
        }
        Map<Hash, Integer> count = new LinkedHashMap<>();
        for (Vote v : votes.values()) {
            if (count.merge(v.blockHash(), 1, Integer::sum) >= quorum) {
                return Optional.of(v.blockHash());
            }
        }
        return Optional.empty();
    }

    /** Super nodes that sent a statement of {@code kind} in {@code round}. */
    public java.util.Set<Address> voters(VoteKind kind, long round) {
        Map<Address, Vote> m = (kind == VoteKind.PREVOTE ? prevotes : precommits).get(round);
        return m == null ? java.util.Set.of() : java.util.Set.copyOf(m.keySet());
    }

    /** Rounds that hold any precommits, ascending. */
    public List<Long> precommitRounds() {
        return new ArrayList<>(precommits.keySet());
    }

    public CommitCertificate certificate(long round, Hash block) {
        List<Vote> votes = new ArrayList<>();
        for (Vote v : precommits.getOrDefault(round, Map.of()).values()) {
            if (v.blockHash().equals(block)) {
                votes.add(v);
            }
        }
        return new CommitCertificate(height, round, block, votes);
    }

    /** Statements signed by {@code me} at this height (re-sent each slot so that votes lost in a partition arrive). */
    public List<Vote> signedBy(Address me) {
        List<Vote> out = new ArrayList<>();
        for (Map.Entry<Key, Vote> e : first.entrySet()) {
            if (e.getKey().validator().equals(me) && e.getKey().kind() != VoteKind.PROPOSAL) {
                out.add(e.getValue());
            }
        }
        out.sort(java.util.Comparator.comparing((Vote v) -> v.round()).thenComparing(v -> v.kind()));
        return out;
    }
}
