package io.aigcnet.edge.cache;

/**
 * What a cache knows about a model: its id, GPU-memory footprint in GB, and the miss penalty in
 * seconds (download over the backhaul plus loading), which penalty-aware eviction weighs.
 */
public record CachedModel(String id, double memoryGb, double missPenaltyS, double downloadGb) {
    public CachedModel {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("model id must be non-empty");
        if (!(memoryGb > 0) || !(missPenaltyS >= 0) || !(downloadGb >= 0))
            throw new IllegalArgumentException("model " + id + ": memory > 0, miss penalty >= 0 and download >= 0 required");
    }
}
