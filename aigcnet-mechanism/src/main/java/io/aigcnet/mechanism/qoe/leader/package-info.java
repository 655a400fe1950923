/**
 * The leader (MU) level of seed 003: user utility eq. (9) evaluated at the re-solved follower
 * response, Algorithm 1 (dual-perturbation reward optimisation) with its step schedules and
 * stopping rule, and the reference-equilibrium oracles of spec §8.3 used to validate it.
 */
package io.aigcnet.mechanism.qoe.leader;
