/**
 * Deterministic fault campaigns on the simulated runtime, in the style of FoundationDB's simulation
 * testing: seeded random schedules of crashes and restarts, partitions, message delay, loss, duplication
 * and reordering, clock skew, an equivocating super node and disk loss, each checked for agreement,
 * durability of finalised blocks, conservation of money, no double spend, and liveness after the faults end.
 */
package io.aigcnet.chain.sim.faults;
