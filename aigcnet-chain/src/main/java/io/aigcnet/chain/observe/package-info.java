/**
 * What a live node knows about itself beyond its ledger: the fate of the transactions it was given
 * ({@link io.aigcnet.chain.observe.TxTracker}), a short history of its finalised blocks with interval, TPS and
 * finality latency ({@link io.aigcnet.chain.observe.ChainSeries}), and its Prometheus metrics through Micrometer
 * ({@link io.aigcnet.chain.observe.NodeMetrics}). Everything here is fed on the node's event loop.
 */
package io.aigcnet.chain.observe;
