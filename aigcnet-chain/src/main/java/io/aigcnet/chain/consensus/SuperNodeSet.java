package io.aigcnet.chain.consensus;

import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.crypto.Address;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The super nodes active at each height: the elected set minus offenders whose equivocation evidence
 * was committed at a lower height. Every node derives the same history from the same blocks.
 */
public final class SuperNodeSet {
    private final TreeMap<Long, List<Address>> fromHeight = new TreeMap<>();

    public SuperNodeSet(List<Address> elected) {
        if (elected.isEmpty()) {
            throw new IllegalArgumentException("need at least one super node");
        }
        fromHeight.put(1L, List.copyOf(elected));
    }

    public List<Address> at(long height) {
        Map.Entry<Long, List<Address>> e = fromHeight.floorEntry(Math.max(1, height));
        return e.getValue();
    }

    public Set<Address> setAt(long height) {
        return new HashSet<>(at(height));
    }

    public boolean isMember(Address a, long height) {
        return at(height).contains(a);
    }

    /** The producer of {@code slot} when building {@code height}: round-robin over the active set. */
    public Address proposer(long height, long slot) {
        List<Address> active = at(height);
        return active.get((int) Math.floorMod(slot, (long) active.size()));
    }

    public int quorum(long height) {
        return CommitCertificate.quorum(at(height).size());
    }

    /** Removes {@code offender} from {@code height} on (evidence committed at height - 1). */
    public void remove(Address offender, long height) {
        List<Address> current = new ArrayList<>(at(height));
        if (current.remove(offender) && !current.isEmpty()) {
            fromHeight.put(height, List.copyOf(current));
            fromHeight.tailMap(height, false).clear();
        }
    }
}
