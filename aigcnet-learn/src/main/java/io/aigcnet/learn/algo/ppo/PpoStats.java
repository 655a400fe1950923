package io.aigcnet.learn.algo.ppo;

/** Diagnostics of one PPO update, averaged over its minibatches. */
public record PpoStats(double policyLoss, double valueLoss, double entropy, double approxKl, double clipFraction) {}
