package io.aigcnet.learn.train;

import io.aigcnet.learn.buffer.ReplayBuffer;
import io.aigcnet.learn.buffer.Transitions;
import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.policy.OffPolicyAgent;
import java.util.Map;
import io.aigcnet.core.progress.Progress;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The off-policy loop: one environment step per iteration (uniform random actions before
 * {@code learningStarts}), store the transition, then on every {@code updateEvery}-th step
 * {@code updatesPerStep} gradient updates from
 * uniform replay samples. Evaluates the greedy policy every {@code evalEvery} steps on a separate environment.
 */
public final class OffPolicyTrainer {
    private final Env env;
    private final Env evalEnv;
    private final long steps;
    private final int batchSize;
    private final int bufferSize;
    private final int learningStarts;
    private final int updatesPerStep;
    private final int updateEvery;
    private final long evalEvery;
    private final int evalEpisodes;
    private final TrainLog log;
    private final Progress progress;

    private OffPolicyTrainer(Builder b) {
        this.env = b.env; this.evalEnv = b.evalEnv; this.steps = b.steps; this.batchSize = b.batchSize;
        this.bufferSize = b.bufferSize; this.learningStarts = b.learningStarts; this.updatesPerStep = b.updatesPerStep; this.updateEvery = b.updateEvery;
        this.evalEvery = b.evalEvery; this.evalEpisodes = b.evalEpisodes; this.log = b.log; this.progress = b.progress;
    }

    /** Trains the agent in place and returns the final evaluation return (NaN without an evaluation environment). */
    public double run(OffPolicyAgent agent, UniformRandomProvider rng) {
        UniformRandomProvider envRng = Rngs.child(rng), actRng = Rngs.child(rng), sampleRng = Rngs.child(rng),
                updRng = Rngs.child(rng), evalRng = Rngs.child(rng);
        ReplayBuffer buffer = new ReplayBuffer(bufferSize, env.observationSpace().dimension(), agent.storedActionDim());
        double[] obs = env.reset(envRng);
        double episodeReturn = 0;
        for (long t = 1; t <= steps; t++) {
            float[] a = t <= learningStarts ? agent.randomAction(actRng) : agent.explore(obs, actRng);
            Step s = env.step(agent.toEnv(a));
            buffer.add(obs, a, s.reward(), s.observation(), s.terminated());
            episodeReturn += s.reward();
            if (s.done()) {
                log.record(t, "train/episode_return", episodeReturn);
                episodeReturn = 0;
                obs = env.reset(envRng);
            } else {
                obs = s.observation();
            }
            if (t >= learningStarts && buffer.size() >= batchSize && t % updateEvery == 0) {
                Map<String, Double> stats = null;
                for (int k = 0; k < updatesPerStep; k++) {
                    Transitions batch = buffer.sample(batchSize, sampleRng);
                    stats = agent.update(batch, updRng);
                }
                if (stats != null && t % Math.max(1000, updateEvery) == 0) for (var e : stats.entrySet()) log.record(t, "agent/" + e.getKey(), e.getValue());
            }
            if (evalEnv != null && evalEvery > 0 && t % evalEvery == 0)
                log.record(t, "eval/return", Evaluator.meanReturn(agent, evalEnv, evalEpisodes, evalRng));
            if (t % 100 == 0) progress.step(100);
        }
        if (evalEnv == null) return Double.NaN;
        double fin = Evaluator.meanReturn(agent, evalEnv, evalEpisodes, evalRng);
        log.record(steps, "eval/final_return", fin);
        return fin;
    }

    public static Builder builder() { return new Builder(); }

    /** setX = required, optX = optional. */
    public static final class Builder {
        private Env env;
        private Env evalEnv;
        private long steps = -1;
        private int batchSize = 256;
        private int bufferSize = 1_000_000;
        private int learningStarts = 100;
        private int updatesPerStep = 1;
        private int updateEvery = 1;
        private long evalEvery;
        private int evalEpisodes = 10;
        private TrainLog log = TrainLog.NONE;
        private Progress progress = Progress.NONE;

        public Builder setEnv(Env e) { env = e; return this; }
        public Builder setSteps(long s) { steps = s; return this; }
        public Builder optEvalEnv(Env e) { evalEnv = e; return this; }
        public Builder optBatchSize(int n) { batchSize = n; return this; }
        public Builder optBufferSize(int n) { bufferSize = n; return this; }
        public Builder optLearningStarts(int n) { learningStarts = n; return this; }
        public Builder optUpdatesPerStep(int n) { updatesPerStep = n; return this; }
        /** Update only on every n-th environment step (train frequency); with updatesPerStep sets the update/step ratio. */
        public Builder optUpdateEvery(int n) { updateEvery = n; return this; }
        public Builder optEvalEvery(long n) { evalEvery = n; return this; }
        public Builder optEvalEpisodes(int n) { evalEpisodes = n; return this; }
        public Builder optLog(TrainLog l) { log = l; return this; }
        public Builder optProgress(Progress p) { progress = p; return this; }

        public OffPolicyTrainer build() {
            if (env == null) throw new IllegalArgumentException("OffPolicyTrainer needs setEnv");
            if (steps < 1) throw new IllegalArgumentException("OffPolicyTrainer steps must be >= 1, got " + steps);
            if (batchSize < 1 || bufferSize < batchSize || updatesPerStep < 1 || updateEvery < 1)
                throw new IllegalArgumentException("OffPolicyTrainer needs batchSize >= 1, bufferSize >= batchSize, updatesPerStep >= 1, updateEvery >= 1");
            return new OffPolicyTrainer(this);
        }
    }
}
