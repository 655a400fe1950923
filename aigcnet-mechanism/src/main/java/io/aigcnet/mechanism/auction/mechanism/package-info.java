/**
 * The mechanisms and baselines of the vehicular auction (reconstruction §3): PViSA, EPViSA and
 * MTEPViSA as (online demand model, offline rule) pairs, the Random baseline, the Omniscient
 * benchmark with its exact knapsack, and the two-stage round that runs one of them on an
 * instance and accounts every side's utility.
 */
package io.aigcnet.mechanism.auction.mechanism;
