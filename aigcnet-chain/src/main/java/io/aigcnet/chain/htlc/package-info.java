/**
 * Hash-time-lock primitives shared by every atomic exchange on aigcnet: the layer-2 transfer channels
 * (ProSecutor's P2) and the AIGC lifecycle's generation and trading contracts. A lock names H = SHA-256(R)
 * and a deadline; whoever shows R with SHA-256(R) = H before the deadline executes the locked legs,
 * otherwise they are refunded. Written once here so that no exchange re-implements the condition.
 */
package io.aigcnet.chain.htlc;
