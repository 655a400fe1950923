package io.aigcnet.mechanism.contract.agent;

import io.aigcnet.core.config.Checks;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.algo.diffusion.TargetMode;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.sac.SacConfig;
import io.aigcnet.learn.nn.Act;

/**
 * Every hyperparameter of the three contract learners (none is published; docs/decisions.md). One-step
 * episodes, so the discount is 0 for all three and the diffusion critic regresses on r (GDMOPT's bandit mode).
 *
 * @param steps                 environment steps (= contracts tried) per training run
 * @param quickSteps            steps in --quick mode
 * @param evalPoints            evaluations of the greedy policy along training
 * @param diffusionSteps        T, denoising steps (the survey: N = 10)
 * @param hidden                width of every hidden layer (two layers)
 * @param batch                 replay batch of SAC and the diffusion policy
 * @param learningStarts        uniform-random steps before the off-policy learners update
 * @param actorLr               diffusion actor learning rate
 * @param criticLr              critic learning rate (diffusion and SAC)
 * @param sacActorLr            SAC actor learning rate
 * @param explorationNoise      Gaussian σ added to the diffusion action while training
 * @param ppoEnvs               PPO parallel environments
 * @param ppoRollout            PPO steps per environment per update
 * @param ppoEpochs             PPO epochs per update
 * @param ppoMinibatch          PPO minibatch
 * @param ppoLr                 PPO learning rate
 * @param ppoInitLogStd         PPO initial log σ of the Gaussian policy
 */
public record LearnerSettings(long steps, long quickSteps, int evalPoints, int diffusionSteps, int hidden, int batch,
                              int learningStarts, double actorLr, double criticLr, double sacActorLr, double explorationNoise,
                              int ppoEnvs, int ppoRollout, int ppoEpochs, int ppoMinibatch, double ppoLr, double ppoInitLogStd) {

    public static LearnerSettings defaults(int diffusionSteps) {
        return new LearnerSettings(6000, 600, 12, diffusionSteps, 128, 128, 256, 1e-3, 1e-3, 1e-3, 0.1, 8, 32, 10, 64, 1e-3, -0.5);
    }

    public void validate(String prefix) {
        Checks.range(prefix + "steps", steps, 1, 100_000_000);
        Checks.range(prefix + "quick_steps", quickSteps, 1, 100_000_000);
        Checks.range(prefix + "eval_points", evalPoints, 1, 10_000);
        Checks.range(prefix + "diffusion_steps", diffusionSteps, 1, 1000);
        Checks.range(prefix + "hidden", hidden, 1, 4096);
        Checks.range(prefix + "batch", batch, 1, 1_000_000);
        Checks.range(prefix + "learning_starts", learningStarts, 0, 100_000_000);
        Checks.positive(prefix + "actor_lr", actorLr);
        Checks.positive(prefix + "critic_lr", criticLr);
        Checks.positive(prefix + "sac_actor_lr", sacActorLr);
        Checks.range(prefix + "exploration_noise", explorationNoise, 0, 10);
        Checks.range(prefix + "ppo_envs", ppoEnvs, 1, 1024);
        Checks.range(prefix + "ppo_rollout", ppoRollout, 1, 100_000);
        Checks.range(prefix + "ppo_epochs", ppoEpochs, 1, 1000);
        Checks.range(prefix + "ppo_minibatch", ppoMinibatch, 1, (long) ppoEnvs * ppoRollout);
        Checks.positive(prefix + "ppo_lr", ppoLr);
        Checks.range(prefix + "ppo_init_log_std", ppoInitLogStd, -20, 2);
    }

    public long steps(boolean quick) {
        return quick ? quickSteps : steps;
    }

    public DiffusionConfig diffusion() {
        return DiffusionConfig.gdmopt().withSteps(diffusionSteps).withSizes(hidden, hidden)
                .withLearning(actorLr, criticLr, 0, batch, learningStarts).withTargets(TargetMode.BANDIT, 0, 0.005)
                .withExploration(explorationNoise, true, 1.0).withBoundaryPenalty(1.0);
    }

    public SacConfig sac() {
        return SacConfig.defaults().withGamma(0).withHidden(hidden, hidden).withBatch(batch, learningStarts)
                .withLearningRates(sacActorLr, criticLr, sacActorLr);
    }

    public PpoConfig ppo() {
        return PpoConfig.builder().numEnvs(ppoEnvs).rolloutSteps(ppoRollout).epochs(ppoEpochs).minibatchSize(ppoMinibatch)
                .gamma(0).gaeLambda(0).learningRate(ppoLr).annealLr(true).hidden(hidden, hidden).activation(Act.TANH)
                .normalizeAdvantages(true).initLogStd(ppoInitLogStd).build();
    }
}
