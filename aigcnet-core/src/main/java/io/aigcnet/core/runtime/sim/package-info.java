/**
 * The simulated runtime: virtual time on one thread, a totally ordered event queue (time, priority,
 * insertion serial) and a seeded network model with latency, jitter, bandwidth, loss, duplication,
 * reordering, partitions and crash faults that can be scheduled. Every run is a pure function of its
 * seed; {@link io.aigcnet.core.runtime.sim.Simulation#traceHash()} fingerprints the event order so two
 * runs can be compared.
 */
package io.aigcnet.core.runtime.sim;
