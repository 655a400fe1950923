/**
 * Transaction workloads for the anchor chain: an Ethereum-like transfer generator at a configurable
 * injection rate with fees drawn from χ²(ξ = 0.59) (ProSecutor eq. (5), fitted on Ethereum fees), and a
 * replay of BlockEmulator's Ethereum-transaction CSV.
 */
package io.aigcnet.chain.workload;
