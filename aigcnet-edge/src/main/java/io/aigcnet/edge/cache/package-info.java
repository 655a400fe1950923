/**
 * Edge model caching (the survey §VI-C): an edge server keeps generative models in GPU memory; a
 * request whose model is not loaded fetches it from the cloud over the backhaul and loads it,
 * evicting others by an {@link io.aigcnet.edge.cache.EvictionPolicy}: LRU, LFU, or the penalty-aware
 * utility (miss penalty × request count) the survey cites.
 */
package io.aigcnet.edge.cache;
