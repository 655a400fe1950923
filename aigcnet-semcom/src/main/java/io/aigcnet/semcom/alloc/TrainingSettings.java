package io.aigcnet.semcom.alloc;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.Validated;

/**
 * Training budgets and sizes of ADD and PPO. The paper gives η = 1e-4 and γ = 0.95 (Table III); the
 * rest follows the GDMOPT reference where the paper is silent (spec defaults), scaled by the budget.
 */
public record TrainingSettings(long steps, int hidden, int batchSize, int learningStarts, double learningRate,
                               double explorationNoise, int evalEvery, int evalEpisodes, int ppoRollout, double boundaryPenalty) implements Validated {

    public static TrainingSettings full() { return new TrainingSettings(6000, 256, 256, 256, 1e-4, 0.1, 500, 50, 256, 1.0); }

    public static TrainingSettings quick() { return new TrainingSettings(120, 32, 32, 32, 1e-4, 0.1, 60, 4, 32, 1.0); }

    @Override
    public void validate() {
        Checks.range("steps", steps, 1, 100_000_000);
        Checks.range("hidden", hidden, 4, 4096);
        Checks.range("batch_size", batchSize, 1, 1 << 16);
        Checks.range("learning_starts", learningStarts, batchSize, 100_000_000);
        Checks.open("learning_rate", learningRate, 0, 1);
        Checks.range("exploration_noise", explorationNoise, 0, 2);
        Checks.range("eval_every", evalEvery, 1, 100_000_000);
        Checks.range("eval_episodes", evalEpisodes, 1, 100_000);
        Checks.range("ppo_rollout", ppoRollout, 2, 1_000_000);
        Checks.range("boundary_penalty", boundaryPenalty, 0, 1e6);
    }
}
