package io.aigcnet.mechanism.datasharing.agent;

import io.aigcnet.learn.algo.ppo.Ppo;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.learn.algo.ppo.PpoStats;
import io.aigcnet.learn.collect.OnPolicyCollector;
import io.aigcnet.learn.collect.Rollout;
import io.aigcnet.mechanism.datasharing.env.ContractDesignEnv;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Algorithm 1: for each episode, reset the environment and the buffer, play Z rounds with the
 * stochastic policy, and (Z = N) run X passes of mini-batch updates of eq. (20) on the N stored
 * transitions. The PPO update itself (clipped surrogate, value loss, GAE) is aigcnet-learn's; this
 * class only wires it to the contract environment in the paper's episode structure and calls back
 * after every episode so experiments can evaluate the greedy policy.
 */
public final class PpoContractTrainer {

    /** Called after each episode's update with the episode number (1-based) and the trainer. */
    @FunctionalInterface
    public interface EpisodeListener {
        void afterEpisode(int episode, PpoContractDesigner designer, EpisodeStats stats);
    }

    /** What one episode did: the mean reward of its Z stochastic rounds and the PPO update statistics. */
    public record EpisodeStats(double meanTrainReward, double feasibleFraction, PpoStats update) {}

    private final PpoSettings settings;

    public PpoContractTrainer(PpoSettings settings) {
        if (settings.batchSize() != settings.roundsPerEpisode() && settings.roundsPerEpisode() % settings.batchSize() != 0)
            throw new IllegalArgumentException("rounds per episode Z = " + settings.roundsPerEpisode()
                    + " must be a multiple of the batch size N = " + settings.batchSize() + " (Algorithm 1 updates when z % N == 0)");
        this.settings = settings;
    }

    /**
     * Trains a new policy for {@code episodes} episodes. Randomness: {@code init} for the network
     * weights, {@code env} for the states, {@code actions} for policy sampling and {@code minibatch}
     * for the mini-batch order. The caller closes the returned designer.
     */
    public PpoContractDesigner train(ContractDesignEnv env, int episodes, UniformRandomProvider init, UniformRandomProvider envRng,
                                     UniformRandomProvider actions, UniformRandomProvider minibatch, EpisodeListener listener) {
        PpoConfig cfg = settings.toPpoConfig();
        PpoPolicy policy = new PpoPolicy(env.observationSpace(), env.actionSpace(), cfg, init);
        PpoContractDesigner designer = new PpoContractDesigner(policy, env.codec());
        try {
            Ppo ppo = new Ppo(policy, cfg);
            OnPolicyCollector collector = new OnPolicyCollector(List.of(env), envRng);
            int updatesPerEpisode = settings.roundsPerEpisode() / settings.batchSize();
            for (int e = 1; e <= episodes; e++) {
                long steps0 = env.totalSteps(), feasible0 = env.feasibleSteps();
                double reward0 = env.rewardSum();
                PpoStats last = null;
                for (int u = 0; u < updatesPerEpisode; u++) {
                    Rollout r = collector.collect(policy, settings.batchSize(), settings.gamma(), actions, ret -> { });
                    last = ppo.update(Ppo.toBatch(r, cfg), minibatch);
                }
                long rounds = env.totalSteps() - steps0;
                double rewardSum = env.rewardSum() - reward0;
                long feasible = env.feasibleSteps() - feasible0;
                if (listener != null)
                    listener.afterEpisode(e, designer, new EpisodeStats(rewardSum / rounds, (double) feasible / rounds, last));
            }
            return designer;
        } catch (RuntimeException ex) {
            designer.close();
            throw ex;
        }
    }
}
