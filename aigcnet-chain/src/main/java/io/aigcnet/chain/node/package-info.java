/**
 * The chain node: one actor, written only against the runtime ports (clock, scheduler, network), that
 * admits transactions, keeps the pool, produces and checks blocks, votes when it is a super node,
 * applies finalised blocks to its state and store, and serves catch-up. The same class runs in the
 * simulator and as a live process.
 */
package io.aigcnet.chain.node;
