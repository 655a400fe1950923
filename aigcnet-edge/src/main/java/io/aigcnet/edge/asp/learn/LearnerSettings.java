package io.aigcnet.edge.asp.learn;

import io.aigcnet.core.config.Checks;

/**
 * Budgets and sizes of the three learners. AGOD trains 10⁵ steps with 256-wide networks and batch
 * 512; on one shared CPU core we use smaller networks and budgets (docs/decisions.md, "edge").
 *
 * @param steps        environment steps per learner (full run)
 * @param quickSteps   environment steps per learner with --quick
 * @param hidden       hidden width of every network
 * @param batchSize    off-policy minibatch
 * @param warmup       uniformly random steps before off-policy updates start
 * @param gamma        discount (AGOD 0.95)
 * @param diffusionSteps  reverse-chain length T of the D2SAC actor (AGOD 5)
 * @param d2sacAlpha   D2SAC's fixed entropy weight (AGOD 0.05)
 * @param actorLr      D2SAC actor learning rate (AGOD 1e-4)
 * @param criticLr     critic learning rate of D2SAC and SAC (AGOD 1e-3)
 * @param evalEvery    evaluate the greedy policy every this many steps (full run)
 */
public record LearnerSettings(long steps, long quickSteps, int hidden, int batchSize, int warmup, double gamma, int diffusionSteps,
                              double d2sacAlpha, double actorLr, double criticLr, long evalEvery) {
    public static LearnerSettings defaults() {
        return new LearnerSettings(20_000, 300, 64, 128, 1000, 0.95, 5, 0.05, 1e-4, 1e-3, 2000);
    }

    public long steps(boolean quick) { return quick ? quickSteps : steps; }

    public void validate(String prefix) {
        Checks.range(prefix + "steps", steps, 1, 100_000_000);
        Checks.range(prefix + "quick_steps", quickSteps, 1, 100_000_000);
        Checks.range(prefix + "hidden", hidden, 1, 4096);
        Checks.range(prefix + "batch_size", batchSize, 1, 1_000_000);
        Checks.range(prefix + "warmup", warmup, 0, 100_000_000);
        Checks.range(prefix + "gamma", gamma, 0, 1);
        Checks.range(prefix + "diffusion_steps", diffusionSteps, 1, 100);
        Checks.range(prefix + "d2sac_alpha", d2sacAlpha, 0, 10);
        Checks.positive(prefix + "actor_lr", actorLr);
        Checks.positive(prefix + "critic_lr", criticLr);
        Checks.range(prefix + "eval_every", evalEvery, 1, 100_000_000);
    }
}
