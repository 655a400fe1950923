package io.aigcnet.learn.algo.sac;

import java.util.Arrays;

/**
 * SAC hyperparameters (Haarnoja et al. 2018b). Defaults are the RL-Zoo Pendulum-v1 settings
 * (lr 1e-3, 256×256, batch 256, τ = 0.005, γ = 0.99, automatic α with target entropy −|A|).
 * {@code targetEntropy = NaN} means "use the default" (−|A| continuous, 0.98·log|A| discrete).
 */
public record SacConfig(double gamma, double tau, double actorLr, double criticLr, double alphaLr, int batchSize,
                        int bufferSize, int learningStarts, int[] hidden, boolean autoAlpha, double initAlpha,
                        double targetEntropy) {
    public SacConfig {
        require(gamma >= 0 && gamma <= 1, "gamma", gamma, "in [0, 1]");
        require(tau > 0 && tau <= 1, "tau", tau, "in (0, 1]");
        require(actorLr > 0 && criticLr > 0 && alphaLr > 0, "actorLr/criticLr/alphaLr", actorLr + "/" + criticLr + "/" + alphaLr, "> 0");
        require(batchSize >= 1, "batchSize", batchSize, ">= 1");
        require(bufferSize >= batchSize, "bufferSize", bufferSize, ">= batchSize");
        require(learningStarts >= 0, "learningStarts", learningStarts, ">= 0");
        require(initAlpha > 0, "initAlpha", initAlpha, "> 0");
        require(hidden != null && Arrays.stream(hidden).allMatch(h -> h >= 1), "hidden", Arrays.toString(hidden), "sizes >= 1");
        hidden = hidden.clone();
    }

    private static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) throw new IllegalArgumentException("SacConfig." + field + " = " + value + " must be " + allowed);
    }

    @Override public int[] hidden() { return hidden.clone(); }

    public static SacConfig defaults() {
        return new SacConfig(0.99, 0.005, 1e-3, 1e-3, 1e-3, 256, 1_000_000, 100, new int[]{256, 256}, true, 1.0, Double.NaN);
    }

    public SacConfig withHidden(int... h) {
        return new SacConfig(gamma, tau, actorLr, criticLr, alphaLr, batchSize, bufferSize, learningStarts, h, autoAlpha, initAlpha, targetEntropy);
    }

    public SacConfig withBatch(int batch, int starts) {
        return new SacConfig(gamma, tau, actorLr, criticLr, alphaLr, batch, Math.max(bufferSize, batch), starts, hidden, autoAlpha, initAlpha, targetEntropy);
    }

    public SacConfig withLearningRates(double actor, double critic, double alpha) {
        return new SacConfig(gamma, tau, actor, critic, alpha, batchSize, bufferSize, learningStarts, hidden, autoAlpha, initAlpha, targetEntropy);
    }

    public SacConfig withGamma(double g) {
        return new SacConfig(g, tau, actorLr, criticLr, alphaLr, batchSize, bufferSize, learningStarts, hidden, autoAlpha, initAlpha, targetEntropy);
    }

    public SacConfig withAlpha(boolean auto, double init, double targetEntropy) {
        return new SacConfig(gamma, tau, actorLr, criticLr, alphaLr, batchSize, bufferSize, learningStarts, hidden, auto, init, targetEntropy);
    }
}
