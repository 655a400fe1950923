/**
 * Contract designers: the diffusion policy (D2SAC style), PPO and SAC from aigcnet-learn trained on a
 * {@link io.aigcnet.mechanism.contract.env.ContractEnv}, and the exact solver, all behind one
 * {@link io.aigcnet.mechanism.contract.agent.ContractDesigner} role (state in, contract out).
 */
package io.aigcnet.mechanism.contract.agent;
