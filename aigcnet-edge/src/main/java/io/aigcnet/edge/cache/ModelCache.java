package io.aigcnet.edge.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GPU-memory model cache of one edge server. A request for a loaded model is a hit (no delay). A
 * miss downloads the model from the cloud and loads it, costing its miss penalty and its size in
 * backhaul traffic, after evicting models chosen by the policy until it fits. Request counts are kept
 * for every model seen (LFU and penalty-aware read them), so memory grows with the catalogue, not with
 * the request history. A model counts as loaded from the moment its fetch starts; a request that hits
 * it before the fetch ends waits for the rest ({@link Access#loadDelayS()}).
 */
public final class ModelCache {
    private final double capacityGb;
    private final EvictionPolicy policy;
    private final Map<String, Long> requestCounts = new HashMap<>();
    private final Map<String, Entry> loaded = new LinkedHashMap<>();
    private double usedGb;
    private long hits;
    private long misses;
    private double loadDelayS;
    private double backhaulGb;

    private static final class Entry {
        final CachedModel model;
        double lastAccessS;
        final double loadedAtS;
        final double readyS;

        Entry(CachedModel model, double now) {
            this.model = model;
            this.lastAccessS = now;
            this.loadedAtS = now;
            this.readyS = now + model.missPenaltyS();
        }
    }

    public ModelCache(double capacityGb, EvictionPolicy policy) {
        if (!(capacityGb >= 0)) throw new IllegalArgumentException("cache capacity must be >= 0 GB, got " + capacityGb);
        this.capacityGb = capacityGb;
        this.policy = policy;
    }

    public Access access(CachedModel model, double nowS) {
        requestCounts.merge(model.id(), 1L, Long::sum);
        Entry e = loaded.get(model.id());
        if (e != null) {
            e.lastAccessS = nowS;
            hits++;
            // a hit on a model still being fetched waits for the rest of its load
            return new Access(true, Math.max(0, e.readyS - nowS), 0, 0, false);
        }
        misses++;
        loadDelayS += model.missPenaltyS();
        backhaulGb += model.downloadGb();
        if (model.memoryGb() > capacityGb) return new Access(false, model.missPenaltyS(), model.downloadGb(), 0, true);
        int evicted = 0;
        while (usedGb + model.memoryGb() > capacityGb + 1e-9) {
            List<String> ids = new ArrayList<>(loaded.keySet());
            List<EntryStats> stats = new ArrayList<>(ids.size());
            for (String id : ids) {
                Entry x = loaded.get(id);
                stats.add(new EntryStats(x.model, requestCounts.getOrDefault(id, 0L), x.lastAccessS, x.loadedAtS));
            }
            Entry gone = loaded.remove(ids.get(policy.victim(stats)));
            usedGb -= gone.model.memoryGb();
            evicted++;
        }
        loaded.put(model.id(), new Entry(model, nowS));
        usedGb += model.memoryGb();
        return new Access(false, model.missPenaltyS(), model.downloadGb(), evicted, false);
    }

    /**
     * A background pull: the request is counted (LFU and penalty-aware see it), and the model, if absent,
     * is fetched only when it fits in free memory; a background pull never evicts, so requests served
     * elsewhere cannot make the cache thrash. Returns the backhaul traffic it caused, GB.
     */
    public double pullIfRoom(CachedModel model, double nowS) {
        requestCounts.merge(model.id(), 1L, Long::sum);
        if (loaded.containsKey(model.id()) || usedGb + model.memoryGb() > capacityGb + 1e-9) return 0;
        loaded.put(model.id(), new Entry(model, nowS));
        usedGb += model.memoryGb();
        backhaulGb += model.downloadGb();
        return model.downloadGb();
    }

    public boolean isLoaded(String modelId) { return loaded.containsKey(modelId); }

    /** Seconds until the model is usable: 0 if loaded and ready, the rest of its load if loading, its miss penalty if absent. */
    public double readyInS(CachedModel model, double nowS) {
        Entry e = loaded.get(model.id());
        return e == null ? model.missPenaltyS() : Math.max(0, e.readyS - nowS);
    }

    /** Loaded model ids in load order. */
    public List<String> loadedIds() { return List.copyOf(loaded.keySet()); }

    public double usedGb() { return usedGb; }

    public long hits() { return hits; }

    public long misses() { return misses; }

    public double hitRate() { return hits + misses == 0 ? 0 : hits / (double) (hits + misses); }

    /** Total model-load delay of all misses, seconds. */
    public double totalLoadDelayS() { return loadDelayS; }

    /** Total backhaul traffic of all misses, GB. */
    public double backhaulGb() { return backhaulGb; }

    public String policyName() { return policy.name(); }
}
