package io.aigcnet.learn.train;

import io.aigcnet.learn.algo.ppo.Ppo;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.ppo.PpoStats;
import io.aigcnet.learn.collect.OnPolicyCollector;
import io.aigcnet.learn.collect.Rollout;
import io.aigcnet.learn.env.Env;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import io.aigcnet.core.progress.Progress;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PPO training loop: collect numEnvs×rolloutSteps transitions, update, optionally evaluate the
 * greedy policy every {@code evalEvery} steps, log everything. The learning rate anneals linearly
 * to 0 when {@code annealLr} is set.
 */
public final class OnPolicyTrainer {
    private final List<Env> envs;
    private final Env evalEnv;
    private final PpoConfig cfg;
    private final long steps;
    private final TrainLog log;
    private final Progress progress;
    private final int evalEpisodes;
    private final long evalEvery;

    private OnPolicyTrainer(Builder b) {
        this.envs = b.envs;
        this.evalEnv = b.evalEnv;
        this.cfg = b.cfg;
        this.steps = b.steps;
        this.log = b.log;
        this.progress = b.progress;
        this.evalEpisodes = b.evalEpisodes;
        this.evalEvery = b.evalEvery;
    }

    /** Trains a new policy; the caller owns (and closes) it. */
    public PpoPolicy run(UniformRandomProvider rng) {
        UniformRandomProvider initRng = Rngs.child(rng), envRng = Rngs.child(rng), actRng = Rngs.child(rng),
                updRng = Rngs.child(rng), evalRng = Rngs.child(rng);
        Env first = envs.get(0);
        PpoPolicy policy = new PpoPolicy(first.observationSpace(), first.actionSpace(), cfg, initRng);
        try {
            Ppo ppo = new Ppo(policy, cfg);
            OnPolicyCollector collector = new OnPolicyCollector(envs, envRng);
            long iterations = Math.max(1, steps / cfg.batchSize());
            long nextEval = evalEvery;
            for (long it = 0; it < iterations; it++) {
                if (cfg.annealLr()) ppo.optimizer().setLearningRate(cfg.learningRate() * (1.0 - (double) it / iterations));
                final long at = collector.steps();
                Rollout r = collector.collect(policy, cfg.rolloutSteps(), cfg.gamma(), actRng,
                        ret -> log.record(at, "train/episode_return", ret));
                PpoStats s = ppo.update(Ppo.toBatch(r, cfg), updRng);
                long now = collector.steps();
                log.record(now, "ppo/policy_loss", s.policyLoss());
                log.record(now, "ppo/value_loss", s.valueLoss());
                log.record(now, "ppo/entropy", s.entropy());
                log.record(now, "ppo/approx_kl", s.approxKl());
                log.record(now, "ppo/clip_fraction", s.clipFraction());
                if (evalEnv != null && evalEvery > 0 && now >= nextEval) {
                    log.record(now, "eval/return", Evaluator.meanReturn(policy, evalEnv, evalEpisodes, evalRng));
                    nextEval += evalEvery;
                }
                progress.step(now - at);
            }
            if (evalEnv != null) log.record(collector.steps(), "eval/final_return", Evaluator.meanReturn(policy, evalEnv, evalEpisodes, evalRng));
            return policy;
        } catch (RuntimeException e) {
            policy.close();
            throw e;
        }
    }

    public static Builder builder() { return new Builder(); }

    /** Trains a fresh policy on {@code cfg.numEnvs()} copies from the factory; the caller closes the policy. */
    public static PpoPolicy train(Supplier<Env> envs, PpoConfig cfg, long steps, UniformRandomProvider rng, TrainLog log) {
        return builder().setEnvFactory(envs).setConfig(cfg).setSteps(steps).optLog(log).build().run(rng);
    }

    /** Trains with one environment instance and otherwise default hyperparameters for a single environment. */
    public static PpoPolicy train(Env env, long steps, UniformRandomProvider rng, TrainLog log) {
        PpoConfig cfg = PpoConfig.builder().numEnvs(1).rolloutSteps(256).minibatchSize(64).epochs(10).build();
        return train(env, cfg, steps, rng, log);
    }

    /** Trains with one environment instance; {@code cfg.numEnvs()} must be 1. */
    public static PpoPolicy train(Env env, PpoConfig cfg, long steps, UniformRandomProvider rng, TrainLog log) {
        if (cfg.numEnvs() != 1)
            throw new IllegalArgumentException("PpoConfig.numEnvs = " + cfg.numEnvs() + " must be 1 when one Env instance is given; pass a Supplier<Env> for more");
        return builder().setEnvs(List.of(env)).setConfig(cfg).setSteps(steps).optLog(log).build().run(rng);
    }

    /** setX = required, optX = optional (DJL vocabulary). */
    public static final class Builder {
        private List<Env> envs;
        private Env evalEnv;
        private PpoConfig cfg;
        private long steps = -1;
        private TrainLog log = TrainLog.NONE;
        private Progress progress = Progress.NONE;
        private int evalEpisodes = 10;
        private long evalEvery;

        /** Creates {@code cfg.numEnvs()} training environments (call after setConfig) plus one evaluation environment. */
        public Builder setEnvFactory(Supplier<Env> factory) { this.factory = factory; return this; }
        private Supplier<Env> factory;

        public Builder setEnvs(List<Env> envs) { this.envs = List.copyOf(envs); return this; }
        public Builder setConfig(PpoConfig cfg) { this.cfg = cfg; return this; }
        public Builder setSteps(long steps) { this.steps = steps; return this; }
        public Builder optLog(TrainLog log) { this.log = log; return this; }
        public Builder optProgress(Progress p) { this.progress = p; return this; }
        public Builder optEvalEnv(Env env) { this.evalEnv = env; return this; }
        public Builder optEvalEpisodes(int n) { this.evalEpisodes = n; return this; }
        public Builder optEvalEvery(long steps) { this.evalEvery = steps; return this; }

        public OnPolicyTrainer build() {
            if (cfg == null) throw new IllegalArgumentException("OnPolicyTrainer needs setConfig");
            if (steps < 1) throw new IllegalArgumentException("OnPolicyTrainer steps must be >= 1, got " + steps);
            if (envs == null) {
                if (factory == null) throw new IllegalArgumentException("OnPolicyTrainer needs setEnvs or setEnvFactory");
                List<Env> made = new ArrayList<>();
                for (int i = 0; i < cfg.numEnvs(); i++) made.add(factory.get());
                envs = made;
                if (evalEnv == null) evalEnv = factory.get();
            }
            if (envs.size() != cfg.numEnvs())
                throw new IllegalArgumentException("OnPolicyTrainer got " + envs.size() + " environments but PpoConfig.numEnvs = " + cfg.numEnvs());
            return new OnPolicyTrainer(this);
        }
    }
}
