package io.aigcnet.learn.algo.ppo;

import io.aigcnet.learn.nn.Act;
import java.util.Arrays;

/**
 * PPO hyperparameters. Defaults follow the RL-Zoo CartPole settings that reach 500 in ≈1e5 steps
 * (see docs/decisions.md); use {@link #builder()} to change them.
 */
public record PpoConfig(int numEnvs, int rolloutSteps, int epochs, int minibatchSize, double gamma, double gaeLambda,
                        double clipEps, double valueCoef, double entropyCoef, double learningRate, boolean annealLr,
                        double maxGradNorm, int[] hidden, Act activation, boolean normalizeAdvantages,
                        boolean normalizeObservations, double initLogStd) {

    public PpoConfig {
        require(numEnvs >= 1, "numEnvs", numEnvs, ">= 1");
        require(rolloutSteps >= 1, "rolloutSteps", rolloutSteps, ">= 1");
        require(epochs >= 1, "epochs", epochs, ">= 1");
        require(minibatchSize >= 1 && minibatchSize <= numEnvs * rolloutSteps, "minibatchSize", minibatchSize,
                "in [1, numEnvs*rolloutSteps = " + numEnvs * rolloutSteps + "]");
        require(gamma >= 0 && gamma <= 1, "gamma", gamma, "in [0, 1]");
        require(gaeLambda >= 0 && gaeLambda <= 1, "gaeLambda", gaeLambda, "in [0, 1]");
        require(clipEps > 0 && clipEps < 1, "clipEps", clipEps, "in (0, 1)");
        require(valueCoef >= 0, "valueCoef", valueCoef, ">= 0");
        require(entropyCoef >= 0, "entropyCoef", entropyCoef, ">= 0");
        require(learningRate > 0, "learningRate", learningRate, "> 0");
        require(hidden != null && Arrays.stream(hidden).allMatch(h -> h >= 1), "hidden", Arrays.toString(hidden), "sizes >= 1");
        hidden = hidden.clone();
    }

    private static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) throw new IllegalArgumentException("PpoConfig." + field + " = " + value + " must be " + allowed);
    }

    @Override public int[] hidden() { return hidden.clone(); }

    public int batchSize() { return numEnvs * rolloutSteps; }

    public static PpoConfig defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.numEnvs = numEnvs; b.rolloutSteps = rolloutSteps; b.epochs = epochs; b.minibatchSize = minibatchSize;
        b.gamma = gamma; b.gaeLambda = gaeLambda; b.clipEps = clipEps; b.valueCoef = valueCoef;
        b.entropyCoef = entropyCoef; b.learningRate = learningRate; b.annealLr = annealLr; b.maxGradNorm = maxGradNorm;
        b.hidden = hidden.clone(); b.activation = activation; b.normalizeAdvantages = normalizeAdvantages;
        b.normalizeObservations = normalizeObservations; b.initLogStd = initLogStd;
        return b;
    }

    /** Mutable builder; every field has a default. */
    public static final class Builder {
        private int numEnvs = 8;
        private int rolloutSteps = 32;
        private int epochs = 20;
        private int minibatchSize = 256;
        private double gamma = 0.98;
        private double gaeLambda = 0.8;
        private double clipEps = 0.2;
        private double valueCoef = 0.5;
        private double entropyCoef = 0.0;
        private double learningRate = 1e-3;
        private boolean annealLr = true;
        private double maxGradNorm = 0.5;
        private int[] hidden = {64, 64};
        private Act activation = Act.TANH;
        private boolean normalizeAdvantages = true;
        private boolean normalizeObservations = false;
        private double initLogStd = 0.0;

        public Builder numEnvs(int v) { numEnvs = v; return this; }
        public Builder rolloutSteps(int v) { rolloutSteps = v; return this; }
        public Builder epochs(int v) { epochs = v; return this; }
        public Builder minibatchSize(int v) { minibatchSize = v; return this; }
        public Builder gamma(double v) { gamma = v; return this; }
        public Builder gaeLambda(double v) { gaeLambda = v; return this; }
        public Builder clipEps(double v) { clipEps = v; return this; }
        public Builder valueCoef(double v) { valueCoef = v; return this; }
        public Builder entropyCoef(double v) { entropyCoef = v; return this; }
        public Builder learningRate(double v) { learningRate = v; return this; }
        public Builder annealLr(boolean v) { annealLr = v; return this; }
        public Builder maxGradNorm(double v) { maxGradNorm = v; return this; }
        public Builder hidden(int... v) { hidden = v.clone(); return this; }
        public Builder activation(Act v) { activation = v; return this; }
        public Builder normalizeAdvantages(boolean v) { normalizeAdvantages = v; return this; }
        public Builder normalizeObservations(boolean v) { normalizeObservations = v; return this; }
        public Builder initLogStd(double v) { initLogStd = v; return this; }

        public PpoConfig build() {
            return new PpoConfig(numEnvs, rolloutSteps, epochs, minibatchSize, gamma, gaeLambda, clipEps, valueCoef,
                    entropyCoef, learningRate, annealLr, maxGradNorm, hidden, activation, normalizeAdvantages,
                    normalizeObservations, initLogStd);
        }
    }
}
