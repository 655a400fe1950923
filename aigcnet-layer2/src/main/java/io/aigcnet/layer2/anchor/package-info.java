/**
 * Adapters that put layer 2's on-chain operations on the real DPoS anchor chain in the simulated
 * runtime: RCOs' Reputation_Roll-up and poison transactions are submitted to a {@code ChainNode} and
 * count as anchored once their block is finalised, and the Transfer_Channel contract is executed over
 * finalised blocks, so a channel opens only when its establish transaction is final and settles only
 * when its close transaction is. The layer-2 protocols and consensus themselves are not changed here.
 */
package io.aigcnet.layer2.anchor;
