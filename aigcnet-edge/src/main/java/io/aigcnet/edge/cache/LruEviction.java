package io.aigcnet.edge.cache;

import java.util.List;

/** Least recently used: evicts the model whose last request is oldest. */
public final class LruEviction implements EvictionPolicy {
    @Override public String name() { return "lru"; }

    @Override public int victim(List<EntryStats> loaded) { return EvictionPolicy.argMin(loaded, EntryStats::lastAccessS); }
}
