package io.aigcnet.edge.cache;

/** What an eviction policy may read about a loaded model. */
public record EntryStats(CachedModel model, long requests, double lastAccessS, double loadedAtS) {}
