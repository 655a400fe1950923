package io.aigcnet.learn.algo.diffusion;

/**
 * Hyperparameters of the diffusion actor-critic. {@link #gdmopt()} gives the GDMOPT reference
 * defaults (T = 6, 256 wide, AdamW lr 1e-4, wd 1e-4, τ 0.005, batch 512, σ_expl 0.1, bandit targets).
 * {@code boundaryPenalty} is ours (docs/decisions.md): the clipped last step passes no gradient once the
 * network's raw output leaves [−1, 1], so without it an actor can saturate at a bound and never return.
 */
public record DiffusionConfig(int steps, int hidden, int criticHidden, int embedDim, double actorLr, double criticLr,
                              double weightDecay, double gamma, double tau, int batchSize, int bufferSize,
                              int learningStarts, double explorationNoise, TargetMode targetMode,
                              boolean normalizeActorLoss, double maxGradNorm, double boundaryPenalty,
                              int policyDelay, boolean paperLiteralReverse) {
    public DiffusionConfig {
        require(steps >= 1 && steps <= 1000, "steps", steps, "in [1, 1000] (the papers use 5, 6 or 10)");
        require(hidden >= 1 && criticHidden >= 1, "hidden/criticHidden", hidden + "/" + criticHidden, ">= 1");
        require(embedDim >= 4 && embedDim % 2 == 0, "embedDim", embedDim, "even and >= 4");
        require(actorLr > 0 && criticLr > 0, "actorLr/criticLr", actorLr + "/" + criticLr, "> 0");
        require(weightDecay >= 0, "weightDecay", weightDecay, ">= 0");
        require(gamma >= 0 && gamma <= 1, "gamma", gamma, "in [0, 1]");
        require(tau > 0 && tau <= 1, "tau", tau, "in (0, 1]");
        require(batchSize >= 1 && bufferSize >= batchSize, "batchSize/bufferSize", batchSize + "/" + bufferSize, "batch >= 1 and buffer >= batch");
        require(learningStarts >= 0, "learningStarts", learningStarts, ">= 0");
        require(explorationNoise >= 0, "explorationNoise", explorationNoise, ">= 0");
        require(targetMode != null, "targetMode", null, "TD or BANDIT");
        require(boundaryPenalty >= 0, "boundaryPenalty", boundaryPenalty, ">= 0");
        require(policyDelay >= 1, "policyDelay", policyDelay, ">= 1 (1 = actor updated with every critic update)");
    }

    private static void require(boolean ok, String field, Object value, String allowed) {
        if (!ok) throw new IllegalArgumentException("DiffusionConfig." + field + " = " + value + " must be " + allowed);
    }

    public static DiffusionConfig gdmopt() {
        return new DiffusionConfig(6, 256, 256, 16, 1e-4, 1e-4, 1e-4, 1.0, 0.005, 512, 1_000_000, 512, 0.1,
                TargetMode.BANDIT, false, 0, 0, 1, false);
    }

    public DiffusionConfig withSteps(int t) {
        return new DiffusionConfig(t, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, boundaryPenalty, policyDelay, paperLiteralReverse);
    }

    public DiffusionConfig withSizes(int actorHidden, int critic) {
        return new DiffusionConfig(steps, actorHidden, critic, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, boundaryPenalty, policyDelay, paperLiteralReverse);
    }

    public DiffusionConfig withLearning(double aLr, double cLr, double wd, int batch, int starts) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, aLr, cLr, wd, gamma, tau, batch, Math.max(bufferSize, batch), starts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, boundaryPenalty, policyDelay, paperLiteralReverse);
    }

    public DiffusionConfig withTargets(TargetMode mode, double g, double t) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, g, t, batchSize, bufferSize, learningStarts, explorationNoise, mode, normalizeActorLoss, maxGradNorm, boundaryPenalty, policyDelay, paperLiteralReverse);
    }

    public DiffusionConfig withExploration(double sigma, boolean normalizeActor, double gradNorm) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, sigma, targetMode, normalizeActor, gradNorm, boundaryPenalty, policyDelay, paperLiteralReverse);
    }

    /** Weight of mean(max(|x̂_0| − 1, 0)²) on the last step's unclipped output, added to the actor loss (0 = off, as GDMOPT). */
    public DiffusionConfig withBoundaryPenalty(double weight) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, weight, policyDelay, paperLiteralReverse);
    }

    /**
     * Actor (and target) update on every d-th critic update only (TD3's delayed policy update, Fujimoto
     * et al. 2018, §5.2): the critic settles before the actor climbs it. 1 = GDMOPT.
     */
    public DiffusionConfig withPolicyDelay(int d) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, boundaryPenalty, d, paperLiteralReverse);
    }

    /**
     * The reverse step exactly as G-SemCom eq. (21) prints it (√(1−α_t) where DDPM has √(1−ᾱ_t), σ_t = β_t,
     * noise added at the last step too) instead of DDPM's Algorithm 2 (the default; docs/decisions.md).
     */
    public DiffusionConfig withPaperLiteralReverse(boolean literal) {
        return new DiffusionConfig(steps, hidden, criticHidden, embedDim, actorLr, criticLr, weightDecay, gamma, tau, batchSize, bufferSize, learningStarts, explorationNoise, targetMode, normalizeActorLoss, maxGradNorm, boundaryPenalty, policyDelay, literal);
    }
}
