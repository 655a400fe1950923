package io.aigcnet.edge.cache;

/**
 * The outcome of one model access: hit, or a miss that waited {@code loadDelayS} and moved
 * {@code backhaulGb} over the backhaul; {@code evicted} models were unloaded to make room.
 * {@code uncacheable} means the model is larger than the whole cache (served from the cloud path).
 */
public record Access(boolean hit, double loadDelayS, double backhaulGb, int evicted, boolean uncacheable) {}
