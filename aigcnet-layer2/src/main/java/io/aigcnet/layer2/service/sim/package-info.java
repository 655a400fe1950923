/**
 * ProSecutor's service round (P4) end to end on the simulated runtime: reputation-ranked selection from
 * the RCOs' Reputation Tree, the signed two-round handshake with an encrypted prompt, inference on an
 * {@link io.aigcnet.layer2.service.AigcBackend}, storage of the output in the storage chain, the
 * fee-ownership transfer in a duplex channel (established on first use), and the client's judgment sent
 * as an Opinion_Update into the roll-up.
 */
package io.aigcnet.layer2.service.sim;
