package io.aigcnet.learn.policy;

/**
 * One batched exploratory decision for N parallel environments.
 *
 * @param envActions what each environment receives (clipped to the action box)
 * @param stored     what the learner stores (one-hot for discrete, the unclipped sample for boxes)
 * @param logProb    log π(stored | s) per row
 * @param value      the critic's V(s) per row
 */
public record Exploration(double[][] envActions, float[][] stored, float[] logProb, float[] value) {}
