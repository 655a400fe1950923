package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.selection.ReputationRankedSelection;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The explicit and implicit client markets of ProSecutor Fig. 8-A, with Algorithm 2 selection. */
public final class ProsecutorMarkets {
    /** Number of image-quality aspects the implicit clients see (the paper's GPT-4 clients used seven). */
    public static final int IMPLICIT_METRICS = 7;

    private ProsecutorMarkets() {}

    /** Algorithm 2 everywhere: rank by reputation, fall through on rejection. */
    public static final PolicyFactory ALGORITHM_2 = (reputation, popularity, rng) -> new ReputationRankedSelection(reputation);

    /**
     * Per-level mean reputation per round, {@code levels[level][round]}, tasks per MASP, and tasks per
     * level before and from the degradation round ({@code tasksBeforeAfter[level][0|1]}).
     */
    public record LevelSeries(double[][] levels, long[] tasks, long[][] tasksBeforeAfter) {
        public double at(int level, int round) {
            return levels[level][round];
        }
    }

    /**
     * Explicit clients: a MASP of level L outputs FID ~ N(levelFid[L] + its own offset, fidSd), and from
     * {@code degradeRound} levels 1 and 3 (indices 0 and 2) output {@code degradeFidIncrease} worse; a
     * client of type t is satisfied when FID < typeFidThreshold[t].
     */
    public static LevelSeries explicit(ProsecutorMarketConfig cfg, UniformRandomProvider modelRng, UniformRandomProvider marketRng) {
        double[] offset = maspOffsets(cfg, modelRng, cfg.fidSd() / 3);
        ExplicitService service = new ExplicitService(cfg, offset, true);
        return run(cfg, service, Adversary.NONE, marketRng);
    }

    /**
     * Implicit clients: an output is a vector of seven quality metrics in [0, 1] (higher is better), each
     * ~ N(levelQuality + MASP-and-metric specialisation, noise); client type t scores it by its private
     * weights on a private subset of the metrics and is satisfied above its threshold.
     */
    public static LevelSeries implicit(ProsecutorMarketConfig cfg, UniformRandomProvider modelRng, UniformRandomProvider marketRng) {
        int k = cfg.masps();
        double[][] quality = new double[k][IMPLICIT_METRICS];
        for (int m = 0; m < k; m++) {
            for (int q = 0; q < IMPLICIT_METRICS; q++) {
                quality[m][q] = cfg.implicitLevelQuality()[cfg.levelOf(m)] + (2 * modelRng.nextDouble() - 1) * cfg.implicitMaspSpread();
            }
        }
        double[][] typeWeights = new double[4][IMPLICIT_METRICS];
        for (int t = 0; t < 4; t++) {
            int subset = 2 + modelRng.nextInt(4); // 2..5 aspects per client type
            int[] perm = org.apache.commons.rng.sampling.PermutationSampler.natural(IMPLICIT_METRICS);
            org.apache.commons.rng.sampling.PermutationSampler.shuffle(modelRng, perm);
            double sum = 0;
            for (int i = 0; i < subset; i++) {
                typeWeights[t][perm[i]] = 0.5 + modelRng.nextDouble();
                sum += typeWeights[t][perm[i]];
            }
            for (int q = 0; q < IMPLICIT_METRICS; q++) {
                typeWeights[t][q] /= sum;
            }
        }
        ContinuousSampler noise = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(marketRng), 0, cfg.implicitNoise());
        Service service = (client, masp, round, load, rng) -> {
            double[] w = typeWeights[cfg.typeOf(client)];
            double score = 0;
            for (int q = 0; q < IMPLICIT_METRICS; q++) {
                double metric = Math.max(0, Math.min(1, quality[masp][q] + noise.sample()));
                score += w[q] * metric;
            }
            return score > cfg.implicitTypeThreshold()[cfg.typeOf(client)];
        };
        return run(cfg, service, Adversary.NONE, marketRng);
    }

    static LevelSeries run(ProsecutorMarketConfig cfg, Service service, Adversary adversary, UniformRandomProvider marketRng) {
        MarketSetup setup = new MarketSetup(cfg.masps(), cfg.sensitivities(), cfg.rounds(), cfg.capacity(), cfg.fee(),
                cfg.params(), true);
        MarketRun run = new MarketSimulation(setup, service, adversary, ALGORITHM_2).run(marketRng);
        double[][] levels = new double[4][];
        for (int l = 0; l < 4; l++) {
            levels[l] = run.seriesOver(cfg.maspsOfLevel(l));
        }
        long[][] split = new long[4][2];
        for (int l = 0; l < 4; l++) {
            split[l][0] = run.tasksOver(cfg.maspsOfLevel(l), 0, cfg.degradeRound());
            split[l][1] = run.tasksOver(cfg.maspsOfLevel(l), cfg.degradeRound(), cfg.rounds());
        }
        return new LevelSeries(levels, run.tasks(), split);
    }

    static double[] maspOffsets(ProsecutorMarketConfig cfg, UniformRandomProvider rng, double spread) {
        double[] offset = new double[cfg.masps()];
        for (int m = 0; m < offset.length; m++) {
            offset[m] = (2 * rng.nextDouble() - 1) * spread;
        }
        return offset;
    }

    /** The explicit FID judge; {@code degrade} switches the round-120 degradation of levels 1 and 3 on. */
    static final class ExplicitService implements Service {
        private final ProsecutorMarketConfig cfg;
        private final double[] offset;
        private final boolean degrade;
        private ContinuousSampler fid;

        ExplicitService(ProsecutorMarketConfig cfg, double[] offset, boolean degrade) {
            this.cfg = cfg;
            this.offset = offset;
            this.degrade = degrade;
        }

        @Override
        public boolean serveAndJudge(int client, int masp, int round, int load, UniformRandomProvider rng) {
            if (fid == null) {
                fid = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, cfg.fidSd());
            }
            int level = cfg.levelOf(masp);
            double mean = cfg.levelFid()[level] + offset[masp];
            if (degrade && round >= cfg.degradeRound() && (level == 0 || level == 2)) {
                mean += cfg.degradeFidIncrease();
            }
            return mean + fid.sample() < cfg.typeFidThreshold()[cfg.typeOf(client)];
        }
    }
}
