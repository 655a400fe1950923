/**
 * The schemes compared in seed 003 Sec. VI-C: the proposed QoE-driven game and the baselines
 * Ratio1/Ratio2 (fixed total reward split by demand), Token (per-token prices), OnlyF and OnlyB
 * (the same reward game with one resource split equally), plus the metrics of Figs. 7–8.
 */
package io.aigcnet.mechanism.qoe.scheme;
