package io.aigcnet.chain.node;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.consensus.SuperNodeSet;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node's record of equivocation: evidence heard and not yet in a block (the next block it builds carries
 * it), and the super nodes that finalised evidence has removed (from the height after that block on).
 */
final class EvidenceBook {
    private final SuperNodeSet superNodes;
    private final Map<Address, Evidence> pending = new LinkedHashMap<>();
    private final Set<Address> removed = new HashSet<>();
    private long seen;

    EvidenceBook(SuperNodeSet superNodes) {
        this.superNodes = superNodes;
    }

    /** Keeps verified evidence against a current super node; one piece per offender is enough to remove it. */
    void offer(Evidence e, long height, SignatureScheme voteScheme) {
        if (removed.contains(e.offender()) || !superNodes.isMember(e.offender(), height) || !e.verify(voteScheme)) {
            return;
        }
        if (pending.putIfAbsent(e.offender(), e) == null) {
            seen++;
        }
    }

    /** Evidence to put in the next block, in the order it was heard. */
    List<Evidence> pending() {
        return List.copyOf(pending.values());
    }

    /** A finalised block's evidence takes effect: its offenders leave the super-node set. */
    void apply(Block b) {
        for (Evidence e : b.evidence()) {
            if (superNodes.isMember(e.offender(), b.height() + 1)) {
                superNodes.remove(e.offender(), b.height() + 1);
            }
            removed.add(e.offender());
            pending.remove(e.offender());
        }
    }

    boolean isRemoved(Address a) {
        return removed.contains(a);
    }

    Set<Address> removed() {
        return Set.copyOf(removed);
    }

    /** Distinct offenders this node has heard evidence against. */
    long seen() {
        return seen;
    }
}
