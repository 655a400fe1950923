/**
 * Multi-Weight Subjective Logic, the subjective half of OS²A (ProSecutor eqs. (7)–(12)): local
 * opinions from boolean judgments, the three weighting factors (familiarity, freshness, market
 * worth), the weighted reference opinion, cumulative fusion and the scalar reputation. The fixed
 * semantics for the paper's ambiguities are recorded in docs/decisions.md.
 */
package io.aigcnet.reputation.mwsl;
