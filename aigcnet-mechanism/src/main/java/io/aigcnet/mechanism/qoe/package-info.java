/**
 * The QoE-driven personalised incentive mechanism of seed 003 (Wu et al., "A QoE-Driven
 * Personalized Incentive Mechanism Design for AIGC Services in Resource-Constrained Edge
 * Networks"): mobile users (leaders) pay every AIGC service provider (follower) a reward per
 * unit of QoE, each provider allocates compute and bandwidth by an exact KKT solver, and the
 * users' reward game is solved by Algorithm 1 (dual perturbation). Sub-packages hold the domain
 * model, the follower, the leader game, the baseline schemes, instance I/O and the experiments.
 */
package io.aigcnet.mechanism.qoe;
