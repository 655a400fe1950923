/**
 * The AoI-based big-data-sharing contract of Wen et al., "Learning-based Big Data Sharing
 * Incentive in Mobile AIGC Networks" (seed 002): a base station buys fresh sensing data from
 * mobile devices whose update cost is private, by posting a menu of (update frequency, reward)
 * items. Sub-packages hold the quality-of-data model and utilities ({@code model}), exact
 * contract solvers ({@code solver}), the contract-design MDP and its baselines ({@code env}),
 * the PPO contract designer ({@code agent}) and the paper's experiments ({@code experiment}).
 */
package io.aigcnet.mechanism.datasharing;
