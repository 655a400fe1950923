/**
 * ProSecutor's contract-theoretic payment (Sec. VI-B, eqs. (13)–(16)): the market state e, the fee
 * I_M = F_s + μ_s·OS²A, the client's and the MASP's utilities with OS²A's objective part computed by
 * aigcnet-reputation (eqs. (1)–(6)), the MASP's best response over its hidden compute c̄ and channel fee F_e,
 * the IR/IC checks and the exact optimal contract. The readings that make the moral hazard real (A-3, A-10,
 * A-11) are recorded in docs/decisions.md.
 */
package io.aigcnet.mechanism.contract.prosecutor;
