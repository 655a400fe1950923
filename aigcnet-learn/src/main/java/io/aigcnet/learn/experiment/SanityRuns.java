package io.aigcnet.learn.experiment;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.algo.diffusion.TargetMode;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.sac.Sac;
import io.aigcnet.learn.algo.sac.SacConfig;
import io.aigcnet.learn.env.classic.CartPole;
import io.aigcnet.learn.env.classic.Pendulum;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.OnPolicyTrainer;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** One training run per (algorithm, seed) of learn-sanity; each returns its evaluation curve. */
final class SanityRuns {
    /** Evaluation returns at the logged steps; the last entry is the final evaluation. */
    record Curve(long[] steps, double[] returns) {
        double last() { return returns[returns.length - 1]; }

        static Curve of(MemoryTrainLog log) {
            List<MemoryTrainLog.Entry> e = new java.util.ArrayList<>(log.entries("eval/return"));
            e.addAll(log.entries("eval/final_return"));
            long[] s = new long[e.size()];
            double[] r = new double[e.size()];
            for (int i = 0; i < s.length; i++) { s[i] = e.get(i).step(); r[i] = e.get(i).value(); }
            return new Curve(s, r);
        }
    }

    private SanityRuns() {}

    static PpoConfig ppoConfig() { return PpoConfig.defaults(); }

    static SacConfig sacConfig(LearnSanityConfig c) {
        return SacConfig.defaults().withHidden(c.sacHidden(), c.sacHidden()).withBatch(c.sacBatch(), 100)
                .withLearningRates(c.sacLr(), c.sacLr(), c.sacLr());
    }

    static DiffusionConfig diffusionConfig(LearnSanityConfig c) {
        return DiffusionConfig.gdmopt().withSteps(c.diffusionT()).withSizes(c.diffusionHidden(), c.diffusionHidden())
                .withLearning(c.diffusionActorLr(), c.diffusionCriticLr(), 0, c.diffusionBatch(), c.diffusionLearningStarts())
                .withTargets(TargetMode.TD, c.diffusionGamma(), 0.005).withExploration(0.1, c.diffusionNormalizeActorLoss(), c.diffusionMaxGradNorm())
                .withBoundaryPenalty(c.diffusionBoundaryPenalty()).withPolicyDelay(c.diffusionPolicyDelay());
    }

    static Curve ppoCartPole(LearnSanityConfig c, UniformRandomProvider rng, Progress progress) {
        MemoryTrainLog log = new MemoryTrainLog();
        long every = Math.max(1, c.ppoSteps() / c.evalPoints());
        try (PpoPolicy p = OnPolicyTrainer.builder().setEnvFactory(CartPole::new).setConfig(ppoConfig())
                .setSteps(c.ppoSteps()).optEvalEvery(every).optEvalEpisodes(c.evalEpisodes()).optLog(log)
                .optProgress(progress).build().run(rng)) {
            return Curve.of(log);
        }
    }

    static Curve sacPendulum(LearnSanityConfig c, UniformRandomProvider rng, Progress progress) {
        MemoryTrainLog log = new MemoryTrainLog();
        Pendulum env = new Pendulum();
        SacConfig sc = sacConfig(c);
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), sc, rng)) {
            OffPolicyTrainer.builder().setEnv(env).optEvalEnv(new Pendulum()).setSteps(c.sacSteps())
                    .optBatchSize(sc.batchSize()).optLearningStarts(sc.learningStarts())
                    .optEvalEvery(Math.max(1, c.sacSteps() / c.evalPoints())).optEvalEpisodes(c.evalEpisodes())
                    .optLog(log).optProgress(progress).build().run(sac, rng);
            return Curve.of(log);
        }
    }

    static Curve diffusionPendulum(LearnSanityConfig c, UniformRandomProvider rng, Progress progress) {
        MemoryTrainLog log = new MemoryTrainLog();
        Pendulum env = new Pendulum();
        DiffusionConfig dc = diffusionConfig(c);
        int starts = Math.min(dc.learningStarts(), c.diffusionSteps() / 2);
        try (DiffusionAgent agent = new DiffusionAgent(env.observationSpace(), env.actionSpace(), dc, rng)) {
            OffPolicyTrainer.builder().setEnv(env).optEvalEnv(new Pendulum()).setSteps(c.diffusionSteps())
                    .optBatchSize(dc.batchSize()).optLearningStarts(starts)
                    .optEvalEvery(Math.max(1, c.diffusionSteps() / c.evalPoints())).optEvalEpisodes(c.evalEpisodes())
                    .optLog(log).optProgress(progress).build().run(agent, rng);
            return Curve.of(log);
        }
    }
}
