package io.aigcnet.edge.asp.learn;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.edge.asp.AspProfile;
import io.aigcnet.edge.asp.AspSelectionEnv;
import io.aigcnet.edge.asp.AspSetup;
import io.aigcnet.edge.asp.AspTask;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.algo.diffusion.DiscreteDiffusionSac;
import io.aigcnet.learn.algo.diffusion.TargetMode;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.sac.DiscreteSac;
import io.aigcnet.learn.algo.sac.SacConfig;
import io.aigcnet.learn.policy.OffPolicyAgent;
import io.aigcnet.learn.policy.Policy;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.OnPolicyTrainer;
import io.aigcnet.learn.train.TrainLog;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Trains one learner on the case study. Training episodes are fresh draws; the greedy policy is
 * evaluated every {@code evalEvery} steps on the fixed test episodes, so every curve point and every
 * policy sees the same tasks. The returned policy must be closed by the caller.
 */
public final class AspLearners {
    /** The learners of Fig. 9, by result-key name. */
    public enum Kind { d2sac, sac, ppo }

    /** A trained policy and the resource that owns its networks. */
    public record Trained(Policy policy, AutoCloseable owner) implements AutoCloseable {
        @Override public void close() throws Exception { owner.close(); }
    }

    private AspLearners() {}

    public static Trained train(Kind kind, AspSetup setup, List<AspProfile> asps, List<List<AspTask>> testEpisodes,
                                LearnerSettings s, long steps, long evalEvery, UniformRandomProvider rng, TrainLog log, Progress progress) {
        AspSelectionEnv env = new AspSelectionEnv(setup, asps);
        // evalEvery = 0: no evaluation during training (the caller scores the trained policy itself)
        AspSelectionEnv evalEnv = evalEvery > 0 ? new AspSelectionEnv(setup, asps, testEpisodes) : null;
        int n = testEpisodes.size();
        // a short (quick) run still spends half its steps learning
        int warmup = (int) Math.min(s.warmup(), steps / 2);
        switch (kind) {
            case ppo -> {
                PpoConfig cfg = PpoConfig.builder().numEnvs(4).rolloutSteps(256).epochs(10).minibatchSize(256).gamma(s.gamma())
                        .gaeLambda(0.95).entropyCoef(0.01).learningRate(3e-4).hidden(s.hidden(), s.hidden()).build();
                var policy = OnPolicyTrainer.builder().setEnvFactory(() -> new AspSelectionEnv(setup, asps)).setConfig(cfg)
                        .setSteps(steps).optEvalEnv(evalEnv).optEvalEpisodes(n).optEvalEvery(evalEvery).optLog(log).optProgress(progress)
                        .build().run(rng);
                return new Trained(policy, policy);
            }
            case sac -> {
                SacConfig cfg = SacConfig.defaults().withHidden(s.hidden(), s.hidden()).withBatch(s.batchSize(), warmup)
                        .withGamma(s.gamma()).withLearningRates(3e-4, s.criticLr(), 3e-4);
                DiscreteSac agent = new DiscreteSac(env.observationSpace(), env.actionSpace(), cfg, rng);
                return trainOffPolicy(agent, env, evalEnv, n, s.batchSize(), warmup, steps, evalEvery, rng, log, progress);
            }
            case d2sac -> {
                DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(s.diffusionSteps()).withSizes(s.hidden(), s.hidden())
                        .withLearning(s.actorLr(), s.criticLr(), 1e-4, s.batchSize(), warmup)
                        .withTargets(TargetMode.TD, s.gamma(), 0.005);
                DiscreteDiffusionSac agent = new DiscreteDiffusionSac(env.observationSpace(), env.actionSpace(), cfg, s.d2sacAlpha(), rng);
                return trainOffPolicy(agent, env, evalEnv, n, s.batchSize(), warmup, steps, evalEvery, rng, log, progress);
            }
            default -> throw new IllegalArgumentException("unknown learner " + kind);
        }
    }

    private static Trained trainOffPolicy(OffPolicyAgent agent, AspSelectionEnv env, AspSelectionEnv evalEnv, int n, int batchSize, int warmup,
                                          long steps, long evalEvery, UniformRandomProvider rng, TrainLog log, Progress progress) {
        try {
            OffPolicyTrainer.builder().setEnv(env).optEvalEnv(evalEnv).optEvalEpisodes(n).optEvalEvery(evalEvery).setSteps(steps)
                    .optBatchSize(batchSize).optLearningStarts(warmup).optBufferSize((int) Math.min(steps, 1_000_000))
                    .optLog(log).optProgress(progress).build().run(agent, rng);
            return new Trained(agent, agent);
        } catch (RuntimeException e) {
            try {
                agent.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
