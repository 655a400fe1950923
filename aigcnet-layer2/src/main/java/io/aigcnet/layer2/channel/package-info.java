/**
 * ProSecutor's duplex transfer channel with hash locks (P2, Fig. 3): an off-chain channel between one
 * client and one MASP in which each round atomically swaps a service fee f_t for the ownership of an
 * AIGC output H(P_t). Only establishment and close touch the anchor chain (through
 * {@link io.aigcnet.layer2.channel.TransferChannelContract}). The parties ({@link
 * io.aigcnet.layer2.channel.ClientParty}, {@link io.aigcnet.layer2.channel.MaspParty}) are actors on the
 * runtime ports (Clock/Scheduler/Network) so the same code runs in deterministic simulation. Atomicity
 * holds by construction: a completed state adds a swap's fee to Σ f_i and its (H(P_i), f_i) to the
 * state's Merkle commitment in one step, a pending swap resolves both legs on the same preimage R, and
 * at close the latest double-signed state (one state, constant size) wins after a challenge period.
 */
package io.aigcnet.layer2.channel;
