/**
 * A roll-up lane on the simulated runtime: R RCOs and a population of clients sending signed opinions
 * about K MASPs of different quality, with optional misbehaving proposers. Used by tests, experiments
 * and benchmarks.
 */
package io.aigcnet.layer2.rollup.sim;
