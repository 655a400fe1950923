/**
 * The follower (ASP) level of seed 003: each provider's resource allocation, eq. (8), solved
 * exactly from its KKT conditions (spec §7.3–7.4), its feasibility test (spec §7.5), and the
 * fixed-split variants used by the OnlyF and OnlyB baselines. Solvers write into a reusable
 * {@link io.aigcnet.mechanism.qoe.follower.FollowerWorkspace} so that the leader game, which
 * re-solves a provider thousands of times, allocates nothing on its hot path.
 */
package io.aigcnet.mechanism.qoe.follower;
