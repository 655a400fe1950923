/**
 * How a ProSecutor service round pays (protocol step P4): a {@link io.aigcnet.mechanism.contract.service.ServiceContract}
 * offers {μ_s, F_s} at the handshake, and {@link io.aigcnet.mechanism.contract.service.Settlement} computes the fee of
 * eq. (13) with the OS²A measured in that round and both parties' utilities. Three policies: a fixed contract, the
 * exact optimum per market state, and a trained policy loaded from a checkpoint. Layer 2's service round calls
 * these; this package does not depend on the chain.
 */
package io.aigcnet.mechanism.contract.service;
