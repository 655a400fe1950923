/**
 * The offline submarket (reconstruction §3.2): one auction per served twin's data item among the
 * traffic simulators (informed about the item's quality) and the driving simulator
 * (uninformed). Rules: second price (PViSA), modified second bid with price scaling factor alpha
 * and a contract price for the driving simulator (EPViSA, MTEPViSA), the first-best assignment
 * (Omniscient) and a uniform assignment (Random); and the Monte Carlo externality e_hat of a rule.
 */
package io.aigcnet.mechanism.auction.offline;
