package io.aigcnet.edge.cache;

import java.util.List;

/** Least frequently used: evicts the model with the fewest requests seen (counted since the run began, in-cache or not). */
public final class LfuEviction implements EvictionPolicy {
    @Override public String name() { return "lfu"; }

    @Override public int victim(List<EntryStats> loaded) { return EvictionPolicy.argMin(loaded, EntryStats::requests); }
}
