package io.aigcnet.edge.cache;

import java.util.List;

/**
 * Penalty-aware eviction (the survey §VI-C, after its ref. [162]): each loaded model's utility is its
 * miss penalty × its request count, and the model of lowest utility goes first. A large model that is
 * slow to fetch stays even if it is asked for a little less often than a small, cheap one.
 */
public final class PenaltyAwareEviction implements EvictionPolicy {
    @Override public String name() { return "penalty_aware"; }

    /** The survey's eviction utility: miss penalty (s) × request count. */
    public static double utility(EntryStats e) { return e.model().missPenaltyS() * e.requests(); }

    @Override public int victim(List<EntryStats> loaded) { return EvictionPolicy.argMin(loaded, PenaltyAwareEviction::utility); }
}
