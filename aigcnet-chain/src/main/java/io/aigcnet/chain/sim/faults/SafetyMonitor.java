package io.aigcnet.chain.sim.faults;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches a simulated network from outside the nodes. It records every signed statement any node sends,
 * across all of its lives, and every finalised block each node reports. A validator that signs two
 * different statements of one kind for the same (height, round) has equivocated; two blocks finalised at
 * one height break agreement. Nodes named as byzantine are expected to equivocate and are excluded.
 */
public final class SafetyMonitor {
    private record Slot(Address validator, VoteKind kind, long height, long round) {
    }

    private final Map<Slot, Hash> statements = new HashMap<>();
    private final Map<Long, Hash> finalised = new HashMap<>();
    private final Set<Address> byzantine;
    private final List<String> violations = new ArrayList<>();
    private long statementsSeen;

    public SafetyMonitor(Set<Address> byzantine) {
        this.byzantine = Set.copyOf(byzantine);
    }

    /** Tap for {@code SimWorld.addTap}: inspects one message on its way out. */
    public void onSend(ChainMessage m) {
        if (m instanceof ChainMessage.VoteMsg v) {
            statement(v.vote());
        } else if (m instanceof ChainMessage.Proposal p) {
            statement(p.vote());
        }
    }

    private void statement(Vote v) {
        statementsSeen++;
        if (byzantine.contains(v.validator())) {
            return;
        }
        Hash prev = statements.putIfAbsent(new Slot(v.validator(), v.kind(), v.height(), v.round()), v.blockHash());
        if (prev != null && !prev.equals(v.blockHash()) && violations.size() < 100) {
            violations.add("correct validator " + v.validator() + " signed two " + v.kind() + "s at height "
                    + v.height() + " round " + v.round() + ": " + prev + " and " + v.blockHash());
        }
    }

    /** Listener for every node's commits. */
    public void onCommit(int node, Block b) {
        Hash prev = finalised.putIfAbsent(b.height(), b.hash());
        if (prev != null && !prev.equals(b.hash()) && violations.size() < 100) {
            violations.add("agreement: node " + node + " finalised " + b.hash() + " at height " + b.height()
                    + ", another node finalised " + prev);
        }
    }

    /** The block finalised at {@code height} by the first node that did, if any. */
    public Hash finalisedAt(long height) {
        return finalised.get(height);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    public long statementsSeen() {
        return statementsSeen;
    }
}
