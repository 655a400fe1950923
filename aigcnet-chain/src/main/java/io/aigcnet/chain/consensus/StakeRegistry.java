package io.aigcnet.chain.consensus;

import io.aigcnet.chain.crypto.Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tokens staked by full nodes; the S largest stakes become super nodes. */
public final class StakeRegistry {
    private final Map<Address, Long> stakes = new HashMap<>();

    public void stake(Address node, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("stake must be > 0, got " + amount);
        }
        stakes.merge(node, amount, Math::addExact);
    }

    public long stakeOf(Address node) {
        return stakes.getOrDefault(node, 0L);
    }

    /** The {@code s} largest stakes, ties broken by address so every node elects the same set, in that order. */
    public List<Address> elect(int s) {
        if (s < 1) {
            throw new IllegalArgumentException("super node count S must be >= 1, got " + s);
        }
        List<Address> all = new ArrayList<>(stakes.keySet());
        all.sort(Comparator.comparing((Address a) -> stakes.get(a)).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(all.subList(0, Math.min(s, all.size())));
    }
}
