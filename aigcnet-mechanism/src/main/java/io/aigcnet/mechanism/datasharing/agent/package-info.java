/**
 * The paper's learned contract designer: PPO (Algorithm 1), taken from aigcnet-learn, trained on
 * the contract-design environment with the paper's stated hyperparameters and documented choices
 * for the ones it leaves open. The trained policy's mean action, decoded into a menu, is a
 * {@link io.aigcnet.mechanism.datasharing.env.ContractDesigner} like the exact solver and Random.
 */
package io.aigcnet.mechanism.datasharing.agent;
