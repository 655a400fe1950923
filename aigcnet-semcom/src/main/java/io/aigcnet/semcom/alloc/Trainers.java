package io.aigcnet.semcom.alloc;

import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.algo.diffusion.TargetMode;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.OnPolicyTrainer;
import io.aigcnet.learn.train.TrainLog;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Trains the allocators on an {@link AllocationEnv} with aigcnet-learn: ADD is learn's diffusion
 * actor-critic (DDPM reverse chain with T = 5 or 6 steps, eqs. (20)–(21) with the DDPM errata fixed;
 * twin critics; actor loss eq. (22)) with an {@link AttentionMapEncoder}; critic targets follow
 * eq. (23) in bandit form y = R by default, or bootstrap γ·min Q' from the same state with
 * {@link AllocationSettings#paperLiteralBootstrap()}. PPO is learn's clipped-surrogate PPO with a
 * Gaussian policy (γ = 0: one-step episodes).
 */
public final class Trainers {
    private Trainers() {}

    public static DiffusionAgent add(Supplier<AllocationEnv> envs, int diffusionSteps, TrainingSettings t, UniformRandomProvider rng, TrainLog log) {
        AllocationEnv env = envs.get();
        AllocationSettings s = env.settings();
        boolean literal = s.paperLiteralBootstrap();
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(diffusionSteps).withSizes(t.hidden(), t.hidden())
                .withLearning(t.learningRate(), t.learningRate(), 1e-4, t.batchSize(), t.learningStarts())
                .withTargets(literal ? TargetMode.TD : TargetMode.BANDIT, 0.95, 0.005)
                .withExploration(t.explorationNoise(), true, 0).withPaperLiteralReverse(s.paperLiteralReverse())
                // without it a user's output that saturates at a bound passes no gradient and stays there (docs/decisions.md)
                .withBoundaryPenalty(t.boundaryPenalty());
        int n = s.users();
        int extra = s.channelFeatures() ? 2 * n : 0;
        DiffusionAgent agent = new DiffusionAgent(env.observationSpace(), env.actionSpace(), cfg, rng,
                (owner, r) -> new AttentionMapEncoder(owner, n, extra, 32, t.hidden(), r));
        OffPolicyTrainer.builder().setEnv(env).setSteps(t.steps()).optEvalEnv(envs.get()).optEvalEvery(t.evalEvery())
                .optEvalEpisodes(t.evalEpisodes()).optBatchSize(t.batchSize()).optBufferSize((int) Math.max(t.batchSize(), t.steps()))
                .optLearningStarts(t.learningStarts()).optLog(log).build().run(agent, rng);
        return agent;
    }

    public static PpoPolicy ppo(Supplier<AllocationEnv> envs, TrainingSettings t, UniformRandomProvider rng, TrainLog log) {
        PpoConfig cfg = PpoConfig.builder().numEnvs(1).rolloutSteps(t.ppoRollout()).minibatchSize(Math.max(1, t.ppoRollout() / 4))
                .epochs(10).gamma(0).gaeLambda(1).clipEps(0.2).valueCoef(0.5).entropyCoef(0).learningRate(t.learningRate())
                .maxGradNorm(0.5).hidden(t.hidden(), t.hidden()).activation(Act.MISH).initLogStd(-0.5).build();
        return OnPolicyTrainer.builder().setEnvs(List.of(envs.get())).setConfig(cfg).setSteps(t.steps()).optEvalEnv(envs.get())
                .optEvalEvery(t.evalEvery()).optEvalEpisodes(t.evalEpisodes()).optLog(log).build().run(rng);
    }
}
