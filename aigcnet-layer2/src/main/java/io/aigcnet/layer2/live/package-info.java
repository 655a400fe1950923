/**
 * Layer 2 in live node processes: the roll-up coordinators and channel hosts that a node runs beside its
 * chain node ({@link io.aigcnet.layer2.live.Layer2NodeApp}), the TCP link that carries their messages
 * between processes, and the load driver of the live layer-2 benchmark.
 */
package io.aigcnet.layer2.live;
