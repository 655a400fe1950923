package io.aigcnet.mechanism.contract.agent;

import io.aigcnet.core.progress.Progress;
import io.aigcnet.learn.algo.diffusion.DiffusionAgent;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.sac.Sac;
import io.aigcnet.learn.policy.OffPolicyAgent;
import io.aigcnet.learn.train.MemoryTrainLog;
import io.aigcnet.learn.train.OffPolicyTrainer;
import io.aigcnet.learn.train.OnPolicyTrainer;
import io.aigcnet.learn.train.Rngs;
import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.env.ContractEnv;
import io.aigcnet.mechanism.contract.env.StateBox;
import io.aigcnet.mechanism.contract.env.StateSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains one learner on a contract game with aigcnet-learn's trainers (no algorithm is re-implemented here): the
 * diffusion agent and SAC through the off-policy trainer, PPO through the on-policy trainer. Training states come
 * from {@code trainSource}; the greedy policy is evaluated along the way on {@code evalStates} (one episode per
 * state, in order), which gives the training curve.
 */
public final class ContractTraining {

    /** The trained designer and its evaluation curve (steps, mean reward over the evaluation states). */
    public record Trained(PolicyDesigner designer, long[] steps, double[] evalReward) implements AutoCloseable {
        public double finalReward() { return evalReward[evalReward.length - 1]; }

        @Override public void close() { designer.close(); }
    }

    private ContractTraining() {}

    /** Warm-up steps, capped at a quarter of a short run so that --quick runs still update the networks. */
    static int learningStarts(LearnerSettings s, long steps) {
        return (int) Math.min(s.learningStarts(), Math.max(1, steps / 4));
    }

    public static Trained train(LearnerKind kind, ContractGame game, StateBox box, StateSource trainSource, List<double[]> evalStates,
                                LearnerSettings s, long steps, long seed, Progress progress) {
        ContractEnv env = new ContractEnv(game, box, trainSource);
        ContractEnv evalEnv = new ContractEnv(game, box, StateSource.cycle(evalStates));
        MemoryTrainLog log = new MemoryTrainLog();
        long every = Math.max(1, steps / s.evalPoints());
        var rng = Rngs.seeded(seed);
        var initRng = Rngs.child(rng);
        var trainRng = Rngs.child(rng);
        PolicyDesigner designer;
        switch (kind) {
            case PPO -> {
                PpoPolicy p = OnPolicyTrainer.builder()
                        .setEnvFactory(() -> new ContractEnv(game, box, trainSource)).setConfig(s.ppo()).setSteps(steps)
                        .optEvalEnv(evalEnv).optEvalEvery(every).optEvalEpisodes(evalStates.size()).optLog(log).optProgress(progress)
                        .build().run(trainRng);
                designer = new PolicyDesigner(p, p, box, env.codec());
            }
            case SAC, DIFFUSION -> {
                OffPolicyAgent agent = kind == LearnerKind.SAC
                        ? new Sac(env.observationSpace(), env.actionSpace(), s.sac(), initRng)
                        : new DiffusionAgent(env.observationSpace(), env.actionSpace(), s.diffusion(), initRng);
                try {
                    OffPolicyTrainer.builder().setEnv(env).setSteps(steps).optEvalEnv(evalEnv).optEvalEvery(every)
                            .optEvalEpisodes(evalStates.size()).optBatchSize(s.batch()).optBufferSize((int) Math.max(s.batch(), steps))
                            .optLearningStarts(learningStarts(s, steps)).optLog(log).optProgress(progress).build().run(agent, trainRng);
                } catch (RuntimeException e) {
                    agent.close();
                    throw e;
                }
                designer = new PolicyDesigner(agent, agent, box, env.codec());
            }
            default -> throw new IllegalArgumentException("unknown learner " + kind);
        }
        List<MemoryTrainLog.Entry> curve = new ArrayList<>(log.entries("eval/return"));
        List<MemoryTrainLog.Entry> fin = log.entries("eval/final_return");
        if (!fin.isEmpty() && (curve.isEmpty() || curve.get(curve.size() - 1).step() != fin.get(0).step())) curve.addAll(fin);
        long[] xs = new long[curve.size()];
        double[] ys = new double[curve.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = curve.get(i).step();
            ys[i] = curve.get(i).value();
        }
        return new Trained(designer, xs, ys);
    }
}
