/**
 * Builds whole chains inside the simulated runtime: keys, genesis, S super nodes and full nodes on one
 * seeded network, each with its own in-memory store that survives a simulated crash, plus the helpers
 * that fault-injection tests and experiments use (crash, restart from store, partition, heal).
 */
package io.aigcnet.chain.sim;
