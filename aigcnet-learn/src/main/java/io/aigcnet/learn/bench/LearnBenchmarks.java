package io.aigcnet.learn.bench;

import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.diffusion.DiffusionConfig;
import io.aigcnet.learn.algo.diffusion.TargetMode;
import io.aigcnet.learn.algo.ppo.Ppo;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.ppo.RolloutBatch;
import io.aigcnet.learn.algo.sac.Sac;
import io.aigcnet.learn.algo.sac.SacConfig;
import io.aigcnet.learn.buffer.ReplayBuffer;
import io.aigcnet.learn.collect.OnPolicyCollector;
import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.env.classic.CartPole;
import io.aigcnet.learn.env.classic.Pendulum;
import io.aigcnet.learn.policy.OffPolicyAgent;
import io.aigcnet.learn.train.Rngs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Single-thread throughput of the toolkit at its default network sizes. Each measurement runs a
 * warm-up, then repeats a fixed amount of work and reports the median rate. Timing reads a
 * caller-supplied nanosecond clock (the CLI passes System::nanoTime), keeping this library free of
 * wall-clock reads.
 */
public final class LearnBenchmarks {
    /** One measured quantity: median rate (per second) and the per-item time in milliseconds. */
    public record Measurement(String name, double perSecond, double millisPerItem, String note) {}

    private final LongSupplier nanos;
    private final int runs;

    public LearnBenchmarks(LongSupplier nanoClock, int runs) {
        if (runs < 1) throw new IllegalArgumentException("benchmark runs must be >= 1, got " + runs);
        this.nanos = nanoClock;
        this.runs = runs;
    }

    public List<Measurement> all(long seed) {
        List<Measurement> out = new ArrayList<>();
        out.add(rawEnv("CartPole-v1 env steps/s (no agent)", new CartPole(), true, 200_000, seed));
        out.add(rawEnv("Pendulum-v1 env steps/s (no agent)", new Pendulum(), false, 200_000, seed));
        out.addAll(ppo(seed));
        out.addAll(sac(seed));
        for (int t : new int[]{5, 10}) out.addAll(diffusion(t, seed));
        return out;
    }

    Measurement rawEnv(String name, Env env, boolean discrete, int steps, long seed) {
        UniformRandomProvider rng = Rngs.seeded(seed);
        double[][] actions = new double[1024][];
        for (int i = 0; i < actions.length; i++) actions[i] = discrete ? new double[]{rng.nextInt(2)} : new double[]{4 * rng.nextDouble() - 2};
        double rate = median(() -> {
            env.reset(rng);
            for (int i = 0; i < steps; i++) {
                Step s = env.step(actions[i & 1023]);
                if (s.done()) env.reset(rng);
            }
            return steps;
        });
        return new Measurement(name, rate, 1000 / rate, "");
    }

    List<Measurement> ppo(long seed) {
        PpoConfig cfg = PpoConfig.defaults();
        UniformRandomProvider rng = Rngs.seeded(seed);
        List<Env> envs = new ArrayList<>();
        for (int i = 0; i < cfg.numEnvs(); i++) envs.add(new CartPole());
        try (PpoPolicy policy = new PpoPolicy(envs.get(0).observationSpace(), envs.get(0).actionSpace(), cfg, rng)) {
            OnPolicyCollector collector = new OnPolicyCollector(envs, rng);
            double collect = median(() -> {
                collector.collect(policy, cfg.rolloutSteps(), cfg.gamma(), rng, r -> { });
                return cfg.batchSize();
            });
            Ppo ppo = new Ppo(policy, cfg);
            RolloutBatch batch = Ppo.toBatch(collector.collect(policy, cfg.rolloutSteps(), cfg.gamma(), rng, r -> { }), cfg);
            int perUpdate = cfg.epochs() * Math.max(1, cfg.batchSize() / cfg.minibatchSize());
            double updates = median(() -> {
                ppo.update(batch, rng);
                return perUpdate;
            });
            String size = "8 envs, MLP 64x64 tanh";
            return List.of(new Measurement("PPO env steps/s while collecting (CartPole)", collect, 1000 / collect, size),
                    new Measurement("PPO gradient updates/s (minibatch " + cfg.minibatchSize() + ")", updates, 1000 / updates, size));
        }
    }

    List<Measurement> sac(long seed) {
        Pendulum env = new Pendulum();
        SacConfig cfg = SacConfig.defaults();
        UniformRandomProvider rng = Rngs.seeded(seed);
        try (Sac sac = new Sac(env.observationSpace(), env.actionSpace(), cfg, rng)) {
            return offPolicy("SAC", sac, env, cfg.batchSize(), rng, "MLP 256x256, batch " + cfg.batchSize());
        }
    }

    List<Measurement> diffusion(int steps, long seed) {
        Pendulum env = new Pendulum();
        DiffusionConfig cfg = DiffusionConfig.gdmopt().withSteps(steps).withTargets(TargetMode.TD, 0.99, 0.005);
        UniformRandomProvider rng = Rngs.seeded(seed);
        try (DiffusionAgent agent = new DiffusionAgent(env.observationSpace(), env.actionSpace(), cfg, rng)) {
            return offPolicy("Diffusion T=" + steps, agent, env, cfg.batchSize(), rng,
                    "denoiser 256 wide, critics 256x256, batch " + cfg.batchSize() + ", TD targets");
        }
    }

    private List<Measurement> offPolicy(String label, OffPolicyAgent agent, Env env, int batch, UniformRandomProvider rng, String note) {
        ReplayBuffer buffer = new ReplayBuffer(4096, env.observationSpace().dimension(), agent.storedActionDim());
        double[] obs = env.reset(rng);
        for (int i = 0; i < 2048; i++) {
            float[] a = agent.randomAction(rng);
            Step s = env.step(agent.toEnv(a));
            buffer.add(obs, a, s.reward(), s.observation(), s.terminated());
            obs = s.done() ? env.reset(rng) : s.observation();
        }
        double[] o = {1, 0, 0};
        double act = median(() -> {
            for (int i = 0; i < 50; i++) agent.explore(o, rng);
            return 50;
        });
        double upd = median(() -> {
            for (int i = 0; i < 5; i++) agent.update(buffer.sample(batch, rng), rng);
            return 5;
        });
        return List.of(new Measurement(label + " actions/s (one observation, exploring)", act, 1000 / act, note),
                new Measurement(label + " gradient updates/s", upd, 1000 / upd, note));
    }

    /** Runs one warm-up then {@code runs} timed repetitions of the work; returns the median items/s. */
    private double median(WorkItem work) {
        work.run();
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = nanos.getAsLong();
            long items = work.run();
            rates[r] = items / ((nanos.getAsLong() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        return runs % 2 == 1 ? rates[runs / 2] : (rates[runs / 2 - 1] + rates[runs / 2]) / 2;
    }

    @FunctionalInterface
    private interface WorkItem {
        long run();
    }
}
