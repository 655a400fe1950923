package io.aigcnet.layer2.rollup;

import io.aigcnet.layer2.channel.Verdict;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.tx.OpinionUpdate;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.reputation.mwsl.MwslParams;
import io.aigcnet.reputation.mwsl.Opinion;
import io.aigcnet.reputation.mwsl.ReputationResult;
import io.aigcnet.reputation.store.OpinionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reputation state every RCO of a lane maintains: all committed opinions executed with
 * aigcnet-reputation's {@link OpinionStore} (eqs. (7)–(12)), in roll-up order, so that every RCO computes
 * bit-identical doubles and therefore the same Reputation Tree. Roll-up blocks are applied
 * tentatively; {@link #rollback()} restores the last committed state by replaying the committed log
 * (rare: only after a poison transaction).
 *
 * <p>An opinion carries the client's cumulative counts (p, n); executing it records the increase since
 * the client's previous committed opinion on that MASP. An opinion whose counts do not grow, a
 * duplicate id, or an unknown client beyond capacity makes the whole block invalid.
 */
public final class ReputationState {
    private final List<Address> masps;
    private final Map<Address, Integer> maspIndex = new HashMap<>();
    private final MwslParams mwsl;
    private final double leafSensitivity;
    private final int clientCapacity;

    private OpinionStore store;
    private Map<Address, Integer> clientIndex;
    private Map<Pair, long[]> lastCounts;

    private record Pair(Address client, int masp) {
    }
    private Set<Hash> seen;
    private long rollupSeq;

    /** Committed blocks, for rollback by replay. */
    private final List<List<Transaction>> committedLog = new ArrayList<>();
    private List<Transaction> tentative;
    private ReputationTree tree;

    public ReputationState(List<Address> masps, MwslParams mwsl, double leafSensitivity, int clientCapacity) {
        this.masps = masps.stream().sorted().toList();
        for (int i = 0; i < this.masps.size(); i++) {
            if (maspIndex.put(this.masps.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate MASP " + this.masps.get(i));
            }
        }
        if (!(leafSensitivity >= 0 && leafSensitivity <= 1)) {
            throw new IllegalArgumentException("leaf sensitivity must be in [0, 1], got " + leafSensitivity);
        }
        this.mwsl = mwsl;
        this.leafSensitivity = leafSensitivity;
        this.clientCapacity = clientCapacity;
        reset();
    }

    private void reset() {
        store = new OpinionStore(clientCapacity, masps.size(), mwsl);
        clientIndex = new LinkedHashMap<>();
        lastCounts = new HashMap<>();
        seen = new HashSet<>();
        rollupSeq = 0;
        tentative = null;
        tree = buildTree();
    }

    public List<Address> masps() {
        return masps;
    }

    /** Sequence number of the last committed roll-up block (0 = none yet). */
    public long committedSeq() {
        return rollupSeq;
    }

    public ReputationTree tree() {
        return tree;
    }

    public boolean seen(Hash opinionId) {
        return seen.contains(opinionId);
    }

    /**
     * Applies roll-up block {@code committedSeq() + 1} tentatively and returns the resulting tree root, or
     * an invalid verdict (state unchanged) if any opinion cannot be executed.
     */
    public Verdict applyTentative(List<Transaction> opinions) {
        if (tentative != null) {
            throw new IllegalStateException("a tentative block is already applied");
        }
        Verdict pre = precheck(opinions);
        if (!pre.valid()) {
            return pre;
        }
        long block = rollupSeq + 1;
        for (Transaction tx : opinions) {
            execute(tx, block);
        }
        rollupSeq = block;
        tentative = List.copyOf(opinions);
        tree = buildTree();
        return Verdict.OK;
    }

    public void commit() {
        if (tentative == null) {
            throw new IllegalStateException("nothing to commit");
        }
        committedLog.add(tentative);
        tentative = null;
    }

    /** Undoes the tentative block: rebuild from the committed log (the RT rolls back to its last valid state). */
    public void rollback() {
        if (tentative == null) {
            return;
        }
        List<List<Transaction>> log = List.copyOf(committedLog);
        reset();
        for (List<Transaction> b : log) {
            long block = rollupSeq + 1;
            for (Transaction tx : b) {
                execute(tx, block);
            }
            rollupSeq = block;
        }
        tree = buildTree();
    }

    public boolean hasTentative() {
        return tentative != null;
    }

    private Verdict precheck(List<Transaction> opinions) {
        BlockChecker c = new BlockChecker();
        for (Transaction tx : opinions) {
            Verdict v = c.accept(tx);
            if (!v.valid()) {
                return v;
            }
        }
        return Verdict.OK;
    }

    /**
     * The duty RCO's block selection: the first {@code max} opinions of {@code candidates} (in order)
     * that can be executed on the committed state together; the others are returned in {@code rejected}.
     */
    public List<Transaction> selectExecutable(List<Transaction> candidates, int max, List<Transaction> rejected) {
        BlockChecker c = new BlockChecker();
        List<Transaction> out = new ArrayList<>();
        for (Transaction tx : candidates) {
            if (out.size() == max) {
                break;
            }
            if (c.accept(tx).valid()) {
                out.add(tx);
            } else {
                rejected.add(tx);
            }
        }
        return out;
    }

    /** Incremental validity of a block's opinions against the committed state. */
    private final class BlockChecker {
        private final Set<Hash> ids = new HashSet<>();
        private final Map<Pair, long[]> counts = new HashMap<>();
        private final Set<Address> newClients = new HashSet<>();

        Verdict accept(Transaction tx) {
            if (seen.contains(tx.id()) || ids.contains(tx.id())) {
                return Verdict.invalid("opinion " + tx.id() + " is a duplicate");
            }
            Integer m = maspIndex.get(tx.receiver());
            if (m == null) {
                return Verdict.invalid("opinion " + tx.id() + " is about an unknown MASP");
            }
            OpinionUpdate o;
            try {
                o = OpinionRules.payload(tx);
            } catch (DecodeException e) {
                return Verdict.invalid("opinion " + tx.id() + " payload: " + e.getMessage());
            }
            boolean isNew = !clientIndex.containsKey(tx.sender()) && !newClients.contains(tx.sender());
            if (isNew && clientIndex.size() + newClients.size() >= clientCapacity) {
                return Verdict.invalid("client capacity " + clientCapacity + " exceeded");
            }
            Pair key = new Pair(tx.sender(), m);
            long[] prev = counts.getOrDefault(key, lastCounts.getOrDefault(key, new long[2]));
            if (o.positive() < prev[0] || o.negative() < prev[1] || o.positive() + o.negative() <= prev[0] + prev[1]
                    || o.positive() + o.negative() - prev[0] - prev[1] > Integer.MAX_VALUE) {
                return Verdict.invalid("opinion " + tx.id() + " does not add judgments to the client's previous counts");
            }
            ids.add(tx.id());
            if (isNew) {
                newClients.add(tx.sender());
            }
            counts.put(key, new long[] {o.positive(), o.negative()});
            return Verdict.OK;
        }
    }

    private void execute(Transaction tx, long block) {
        OpinionUpdate o;
        try {
            o = OpinionRules.payload(tx);
        } catch (DecodeException e) {
            throw new IllegalStateException("prechecked opinion failed to decode", e);
        }
        int m = maspIndex.get(tx.receiver());
        int c = clientIndex.computeIfAbsent(tx.sender(), a -> clientIndex.size());
        Pair key = new Pair(tx.sender(), m);
        long[] prev = lastCounts.getOrDefault(key, new long[2]);
        store.record(c, m, block, o.serviceFee(), Math.toIntExact(o.positive() - prev[0]),
                Math.toIntExact(o.negative() - prev[1]));
        lastCounts.put(key, new long[] {o.positive(), o.negative()});
        seen.add(tx.id());
    }

    /**
     * The client-independent reputation put in a leaf (spec A-15): eq. (12) for a viewer with no local
     * opinion (vacuous, so fusion (11) returns the reference opinion) and sensitivity θ =
     * {@code leafSensitivity}, over ALL clients' opinions at the current roll-up index.
     */
    public double leafReputation(Address masp) {
        int j = maspIndex.get(masp);
        Opinion ref = store.referenceOpinion(-1, j, rollupSeq, leafSensitivity);
        return ReputationResult.of(Opinion.VACUOUS, ref, mwsl.uncertaintyWeight()).reputation();
    }

    private ReputationTree buildTree() {
        List<ReputationLeaf> leaves = new ArrayList<>(masps.size());
        for (Address a : masps) {
            leaves.add(new ReputationLeaf(a, Math.round(leafReputation(a) * ReputationLeaf.PPB)));
        }
        return new ReputationTree(leaves);
    }
}
