package io.aigcnet.learn.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;
import java.util.List;

/**
 * Budgets and the hyperparameters that differ from the library defaults for the learn-sanity runs.
 * Network sizes for SAC and the diffusion actor are smaller than the 256-wide defaults so that three
 * seeds fit on a shared 2-core machine (docs/decisions.md, "learn"). The diffusion actor follows the
 * RL-Zoo recipe for Q-gradient actors on Pendulum-v1 (10 000 random warm-up steps, γ = 0.98) with a
 * slower actor than critic (3e-4 vs 1e-3); docs/decisions.md records the settings tried and their
 * per-seed results.
 */
public record LearnSanityConfig(List<String> tasks, List<Integer> seeds, int evalEpisodes, int evalPoints,
                                int ppoSteps, int sacSteps, int sacHidden, int sacBatch, double sacLr,
                                int diffusionSteps, int diffusionT, int diffusionHidden, int diffusionBatch,
                                double diffusionActorLr, double diffusionCriticLr, boolean diffusionNormalizeActorLoss, double diffusionBoundaryPenalty,
                                double diffusionMaxGradNorm, int diffusionLearningStarts, double diffusionGamma,
                                int diffusionPolicyDelay) implements Validated {
    static final List<String> ALL_TASKS = List.of("ppo_cartpole", "sac_pendulum", "diffusion_pendulum");

    public static LearnSanityConfig defaults() {
        return new LearnSanityConfig(ALL_TASKS, List.of(1, 2, 3), 10, 10, 100_000, 20_000, 64, 128, 1e-3,
                30_000, 5, 64, 128, 3e-4, 1e-3, false, 1.0, 1.0, 10_000, 0.98, 1);
    }

    /** Smoke form: one seed, a few hundred steps each. */
    public static LearnSanityConfig quick() {
        return new LearnSanityConfig(ALL_TASKS, List.of(1), 1, 1, 2_048, 400, 32, 64, 1e-3, 300, 5, 32, 64, 1e-3, 1e-3, false, 1.0, 1.0, 150, 0.99, 1);
    }

    @Override public void validate() {
        Checks.nonEmpty("tasks", tasks);
        for (String t : tasks) Checks.oneOf("tasks", t, ALL_TASKS.toArray(new String[0]));
        Checks.nonEmpty("seeds", seeds);
        Checks.range("evalEpisodes", evalEpisodes, 1, 1000);
        Checks.range("evalPoints", evalPoints, 1, 1000);
        Checks.range("ppoSteps", ppoSteps, 256, 100_000_000);
        Checks.range("sacSteps", sacSteps, 200, 100_000_000);
        Checks.range("sacHidden", sacHidden, 1, 4096);
        Checks.range("sacBatch", sacBatch, 1, 65_536);
        Checks.open("sacLr", sacLr, 0, 1);
        Checks.range("diffusionSteps", diffusionSteps, 200, 100_000_000);
        Checks.range("diffusionT", diffusionT, 1, 1000);
        Checks.range("diffusionHidden", diffusionHidden, 1, 4096);
        Checks.range("diffusionBatch", diffusionBatch, 1, 65_536);
        Checks.open("diffusionActorLr", diffusionActorLr, 0, 1);
        Checks.open("diffusionCriticLr", diffusionCriticLr, 0, 1);
        Checks.range("diffusionMaxGradNorm", diffusionMaxGradNorm, 0, 1e9);
        Checks.range("diffusionBoundaryPenalty", diffusionBoundaryPenalty, 0, 1e6);
        Checks.range("diffusionLearningStarts", diffusionLearningStarts, 0, 100_000_000);
        Checks.range("diffusionGamma", diffusionGamma, 0, 1);
        Checks.range("diffusionPolicyDelay", diffusionPolicyDelay, 1, 1000);
    }
}
