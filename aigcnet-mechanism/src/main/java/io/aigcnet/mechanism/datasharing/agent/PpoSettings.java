package io.aigcnet.mechanism.datasharing.agent;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.learn.algo.ppo.PpoConfig;
import io.aigcnet.learn.nn.Act;

/**
 * PPO as Algorithm 1 of the paper, with every number it leaves open made explicit. Paper values:
 * batch N = 512, gamma = 0.95, actor and critic learning rate 1e-4. Everything else is a choice
 * recorded in docs/decisions.md.
 *
 * @param episodes            E, training episodes (full run)
 * @param quickEpisodes       E for --quick
 * @param roundsPerEpisode    Z; equal to N so that the z % N == 0 update fires once, at the episode end
 * @param batchSize           N, the mini-batch size (paper: 512)
 * @param epochs              X, gradient passes per update phase
 * @param gamma               discount (paper: 0.95)
 * @param gaeLambda           lambda of the advantage; eq. (15) is lambda = 1
 * @param clipEps             epsilon of eq. (19)
 * @param valueCoef           c of eq. (20)
 * @param entropyCoef         entropy bonus (not in the paper: 0)
 * @param learningRate        Adam step for actor and critic (paper: 1e-4 for both)
 * @param maxGradNorm         global gradient-norm clip (not in the paper)
 * @param hidden              hidden widths of the separate actor and critic MLPs (tanh)
 * @param initLogStd          initial log standard deviation of the Gaussian policy
 * @param normalizeObservations running mean/std normalisation of the state vector
 * @param normalizeAdvantages per-minibatch advantage standardisation
 */
public record PpoSettings(int episodes, int quickEpisodes, int roundsPerEpisode, int batchSize, int epochs, double gamma,
                          double gaeLambda, double clipEps, double valueCoef, double entropyCoef, double learningRate,
                          double maxGradNorm, int[] hidden, double initLogStd, boolean normalizeObservations,
                          boolean normalizeAdvantages) {

    public static PpoSettings paper() {
        return new PpoSettings(1500, 40, 512, 512, 40, 0.95, 1.0, 0.2, 0.5, 0.0, 1e-4, 0.5, new int[] {64, 64}, -3.0,
                true, true);
    }

    public void validate(String prefix) {
        Checks.range(prefix + "episodes", episodes, 1, 10_000_000);
        Checks.range(prefix + "quick_episodes", quickEpisodes, 1, 10_000_000);
        Checks.range(prefix + "rounds_per_episode", roundsPerEpisode, 1, 10_000_000);
        Checks.range(prefix + "batch_size", batchSize, 1, roundsPerEpisode);
        Checks.range(prefix + "epochs", epochs, 1, 10_000);
        Checks.range(prefix + "gamma", gamma, 0, 1);
        Checks.range(prefix + "gae_lambda", gaeLambda, 0, 1);
        Checks.open(prefix + "clip_eps", clipEps, 0, 1);
        Checks.range(prefix + "value_coef", valueCoef, 0, 1e6);
        Checks.range(prefix + "entropy_coef", entropyCoef, 0, 1e6);
        Checks.positive(prefix + "learning_rate", learningRate);
        Checks.positive(prefix + "max_grad_norm", maxGradNorm);
        Checks.range(prefix + "init_log_std", initLogStd, -20, 5);
        if (hidden == null || hidden.length == 0) throw ConfigException.field(prefix + "hidden", "must list at least one layer width");
        for (int i = 0; i < hidden.length; i++) Checks.range(prefix + "hidden[" + i + "]", hidden[i], 1, 4096);
    }

    public int episodes(boolean quick) {
        return quick ? quickEpisodes : episodes;
    }

    /** The learn module's PPO configuration for one environment stepping Z rounds per rollout. */
    public PpoConfig toPpoConfig() {
        return PpoConfig.builder().numEnvs(1).rolloutSteps(roundsPerEpisode).epochs(epochs).minibatchSize(batchSize)
                .gamma(gamma).gaeLambda(gaeLambda).clipEps(clipEps).valueCoef(valueCoef).entropyCoef(entropyCoef)
                .learningRate(learningRate).annealLr(false).maxGradNorm(maxGradNorm).hidden(hidden).activation(Act.TANH)
                .normalizeAdvantages(normalizeAdvantages).normalizeObservations(normalizeObservations).initLogStd(initLogStd)
                .build();
    }

    public PpoSettings withEpisodes(int full, int quick) {
        return new PpoSettings(full, quick, roundsPerEpisode, batchSize, epochs, gamma, gaeLambda, clipEps, valueCoef,
                entropyCoef, learningRate, maxGradNorm, hidden, initLogStd, normalizeObservations, normalizeAdvantages);
    }
}
