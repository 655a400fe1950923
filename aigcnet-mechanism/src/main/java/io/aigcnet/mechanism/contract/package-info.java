/**
 * Contract-theoretic payment against moral hazard: ProSecutor's fee contract {μ_s, F_s} for a MASP whose
 * invested compute and channel fee are hidden (Sec. VI-B, Fig. 9), and the survey's AI-generated contract
 * {c_q, c_f} for a semantic-information provider whose transmit power is hidden (survey Sec. V-C, Fig. 13).
 * Both are one principal, one agent, no types: the agent best-responds to the contract ({@link
 * io.aigcnet.mechanism.contract.ContractGame}), exact solvers give the optimum, and learners from aigcnet-learn
 * design contracts on the same environment.
 */
package io.aigcnet.mechanism.contract;
